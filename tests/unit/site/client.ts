/** A page as the client ended up on it, after any redirects. */
export interface Page {
  status: number;
  /** Path and query of the final address. */
  path: string;
  html: string;
  headers: Headers;
}

const MAX_REDIRECTS = 5;

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * A stand-in for a browser tab: keeps cookies and follows redirects by
 * hand, because fetch drops the Set-Cookie of redirects it follows itself.
 */
export class SiteClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  /** Opens a page. */
  get(path: string): Promise<Page> {
    return this.open(path, { method: 'GET' });
  }

  /** Submits a form the way a browser does, as URL-encoded fields. */
  post(path: string, fields: Record<string, string>): Promise<Page> {
    return this.open(path, {
      method: 'POST',
      body: new URLSearchParams(fields),
    });
  }

  private async open(path: string, init: RequestInit): Promise<Page> {
    let url = new URL(path, this.origin);
    let response = await this.send(url, init);

    for (let hops = 0; isRedirect(response.status); hops += 1) {
      if (hops === MAX_REDIRECTS) {
        throw new Error(`Too many redirects from ${path}`);
      }

      url = new URL(response.headers.get('location') ?? '/', url);
      response = await this.send(url, { method: 'GET' });
    }

    return {
      status: response.status,
      path: url.pathname + url.search,
      html: await response.text(),
      headers: response.headers,
    };
  }

  private async send(url: URL, init: RequestInit): Promise<Response> {
    const cookie = [...this.cookies]
      .map(([name, value]) => `${name}=${value}`)
      .join('; ');
    const response = await fetch(url, {
      ...init,
      headers: cookie ? { cookie } : {},
      redirect: 'manual',
    });

    for (const header of response.headers.getSetCookie()) {
      this.storeCookie(header);
    }

    return response;
  }

  private storeCookie(header: string): void {
    const [pair = '', ...attributes] = header.split(';');
    const [name = '', ...value] = pair.trim().split('=');
    const expires = attributes
      .map((attribute) => attribute.trim())
      .find((attribute) => attribute.toLowerCase().startsWith('expires='));
    const isExpired =
      expires !== undefined && Date.parse(expires.slice(8)) <= Date.now();

    if (isExpired || value.join('=') === '') {
      this.cookies.delete(name);
    } else {
      this.cookies.set(name, value.join('='));
    }
  }
}
