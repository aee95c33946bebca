import { useTranslation } from 'react-i18next';

export function Footer() {
  const { t } = useTranslation();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-8 footer-col">
              <p className="weight-semibold">{t('footer.tagline')}</p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <ul className="nobullet-list footer-links">
                <li>
                  <a className="function-link" href="/api/openapi.json">
                    {t('footer.apiDocs')}
                  </a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
