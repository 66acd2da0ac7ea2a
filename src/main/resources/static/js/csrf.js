// The CSRF header a signed-in page sends with every change it asks of the API (from the page's meta tags).
export const csrfHeaders = () => {
  const header = document.querySelector('meta[name="_csrf_header"]');
  const token = document.querySelector('meta[name="_csrf"]');
  return header && token ? { [header.content]: token.content } : {};
};
