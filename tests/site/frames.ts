import type { Response } from 'express';

/**
 * Lets this response be framed by the site's own pages only. Every other
 * page is sent with X-Frame-Options DENY against clickjacking.
 */
export function allowSameOriginFraming(response: Response): void {
  response.set('X-Frame-Options', 'SAMEORIGIN');
  response.set('Content-Security-Policy', "frame-ancestors 'self'");
}
