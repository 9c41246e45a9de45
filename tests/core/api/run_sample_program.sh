#!/usr/bin/env bash
# Microsoft's WinHttpConnect example, unchanged, built against the INSTALLED hinternet with pkg-config,
# then run against a local HTTPS server. The example fetches https://www.microsoft.com/, so it runs in
# a private network namespace (loopback only) whose /etc/hosts maps that name to 127.0.0.1, where nginx
# serves a certificate from a CA made for this test. No packet leaves the namespace.
set -euo pipefail
build_dir=$1
source_dir=$2
sanitizers=${3:-}
work=$(mktemp -d /tmp/hinterscope-sample.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [[ $(id -u) != 0 ]] || ! unshare -n true 2>/dev/null; then
    echo "needs root for a private network namespace (run it through tools/dev)"; exit 77
fi

cmake --install "$build_dir" --prefix "$work/prefix" --component hinternet >/dev/null
libdir=$(find "$work/prefix" -name hinternet.pc -printf '%h\n' | head -n1)
flags=$(PKG_CONFIG_PATH=$libdir pkg-config --cflags --libs hinternet)
# shellcheck disable=SC2086
g++ -std=c++17 ${sanitizers:+-fsanitize=$sanitizers} -o "$work/sample" "$source_dir/tests/core/api/winhttp_connect_sample_program.cpp" \
    -I"$source_dir/tests/core/api" $flags -Wl,-rpath,"$(dirname "$libdir")"

# A CA and a certificate for www.microsoft.com, for this run only.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=Sample Test CA" \
    -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=www.microsoft.com" \
    -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:www.microsoft.com\nextendedKeyUsage=serverAuth\n' >"$work/ext.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial -days 2 \
    -extfile "$work/ext.cnf" -out "$work/server.pem" 2>/dev/null
mkdir -p "$work/htdocs"
echo "hello from the sample's own server" >"$work/htdocs/index.html"
cat >"$work/nginx.conf" <<CONF
daemon off;
master_process off;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $work/body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    server {
        listen 127.0.0.1:443 ssl;
        server_name www.microsoft.com;
        ssl_certificate $work/server.pem;
        ssl_certificate_key $work/server.key;
        root $work/htdocs;
    }
}
CONF
echo "127.0.0.1 www.microsoft.com" >"$work/hosts"

# Private mount propagation, so the /etc/hosts bind stays in the namespace. Inside tools/dev's chroot "/"
# is no mount point (unshare refuses "private" there), but its namespace is private already.
propagation=private
unshare --mount --propagation private true 2>/dev/null || propagation=unchanged
WORK=$work unshare --net --mount --propagation "$propagation" -- bash -euo pipefail -c '
    ip link set lo up
    mount --bind "$WORK/hosts" /etc/hosts
    /usr/sbin/nginx -p "$WORK" -e "$WORK/error.log" -c "$WORK/nginx.conf" &
    nginx_pid=$!
    trap "kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null || true" EXIT
    for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/443) 2>/dev/null && break; sleep 0.05; done
    env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY SSL_CERT_FILE="$WORK/ca.pem" \
        timeout 30 "$WORK/sample" >"$WORK/output.txt" 2>&1
' || { cat "$work/output.txt" 2>/dev/null; cat "$work/error.log" 2>/dev/null; exit 1; }

cat "$work/output.txt"
grep -q "hello from the sample's own server" "$work/output.txt"
if grep -q "^Error" "$work/output.txt"; then exit 1; fi
echo "the unchanged Microsoft sample fetched the page through the installed hinternet"
