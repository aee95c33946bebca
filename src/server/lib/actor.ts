/** Who is acting, as services see it: never a request, only what the service needs. */
export interface Actor {
  userId: string;
  email: string;
  ip: string | null;
  isPlatformAdmin: boolean;
}
