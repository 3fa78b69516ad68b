/** A selected application's outcome: the new startup and the founder's invitation. */
export interface Selection {
  startupId: string;
  name: string;
  email: string;
  link: string;
  expiresAt: string;
}
