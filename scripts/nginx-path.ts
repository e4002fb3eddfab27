/** Debian's nginx, which the `real` e2e project runs the console behind; NGINX_PATH overrides. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
