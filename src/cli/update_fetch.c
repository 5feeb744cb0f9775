/*
 * update_fetch.c — one conditional download for `cordon update`, with libcurl: the body goes
 * to a new file and through SHA-256 (OpenSSL's EVP interface) as it arrives; the response's
 * ETag and Last-Modified are kept for the next conditional request. The file is fsync'ed before
 * the caller may rename it anywhere, so a crash never leaves a renamed file with missing data.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <curl/curl.h>
#include <openssl/evp.h>

#include "cli/update.h"

typedef struct sink {
    FILE *file;
    EVP_MD_CTX *sha;
    long long bytes;
    bool write_failed;
    fetch_result *out;
} sink;

static size_t on_body(char *data, size_t size, size_t n, void *arg)
{
    sink *s = arg;
    size_t len = size * n;
    if (fwrite(data, 1, len, s->file) != len) {
        s->write_failed = true;
        return 0; /* aborts the transfer */
    }
    EVP_DigestUpdate(s->sha, data, len);
    s->bytes += (long long)len;
    return len;
}

/* Copies a header's value (after "Name:"), trimmed, into dst. */
static void header_value(const char *line, size_t len, size_t name_len, char *dst, size_t size)
{
    const char *v = line + name_len;
    const char *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' '))
        end--;
    size_t n = (size_t)(end - v) < size - 1 ? (size_t)(end - v) : size - 1;
    memcpy(dst, v, n);
    dst[n] = '\0';
}

static size_t on_header(char *line, size_t size, size_t n, void *arg)
{
    sink *s = arg;
    size_t len = size * n;
    /* Each response of a redirect chain starts with its status line: keep the last one's. */
    if (len >= 5 && strncmp(line, "HTTP/", 5) == 0) {
        s->out->etag[0] = '\0';
        s->out->last_modified[0] = '\0';
    } else if (len > 5 && strncasecmp(line, "ETag:", 5) == 0) {
        header_value(line, len, 5, s->out->etag, sizeof s->out->etag);
    } else if (len > 14 && strncasecmp(line, "Last-Modified:", 14) == 0) {
        header_value(line, len, 14, s->out->last_modified, sizeof s->out->last_modified);
    }
    return len;
}

bool update_fetch(const char *url, const char *dest, const char *etag, const char *last_modified, fetch_result *out)
{
    memset(out, 0, sizeof *out);
    sink s = {.out = out};
    int fd = open(dest, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    s.file = fd >= 0 ? fdopen(fd, "wb") : NULL;
    if (!s.file) {
        snprintf(out->error, sizeof out->error, "%s: cannot create: %m", dest);
        if (fd >= 0)
            close(fd);
        return false;
    }
    s.sha = EVP_MD_CTX_new();
    CURL *curl = curl_easy_init();
    struct curl_slist *headers = NULL;
    char buf[1024], errbuf[CURL_ERROR_SIZE] = "";
    if (etag && *etag) {
        snprintf(buf, sizeof buf, "If-None-Match: %s", etag);
        headers = curl_slist_append(headers, buf);
    }
    if (last_modified && *last_modified) {
        snprintf(buf, sizeof buf, "If-Modified-Since: %s", last_modified);
        headers = curl_slist_append(headers, buf);
    }
    bool ok = false;
    if (!s.sha || !curl || EVP_DigestInit_ex(s.sha, EVP_sha256(), NULL) != 1) {
        snprintf(out->error, sizeof out->error, "out of memory");
    } else {
        curl_easy_setopt(curl, CURLOPT_URL, url);
        curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
        curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 5L);
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 30L);
        /* A stalled transfer (under 1 KB/s for a minute) fails rather than hanging a cron job. */
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1024L);
        curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 60L);
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
        curl_easy_setopt(curl, CURLOPT_USERAGENT, "cordon/" CORDON_VERSION);
        curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
        curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
        curl_easy_setopt(curl, CURLOPT_HEADERDATA, &s);
        curl_easy_setopt(curl, CURLOPT_FILETIME, 1L);
        CURLcode rc = curl_easy_perform(curl);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out->http_status);
        if (s.write_failed)
            snprintf(out->error, sizeof out->error, "%s: write error", dest);
        else if (rc != CURLE_OK)
            snprintf(out->error, sizeof out->error, "%s", *errbuf ? errbuf : curl_easy_strerror(rc));
        else if (out->http_status == 304)
            ok = out->not_modified = true;
        else if (out->http_status != 200)
            snprintf(out->error, sizeof out->error, "HTTP %ld", out->http_status);
        else
            ok = true;
    }
    if (fflush(s.file) != 0 || fsync(fileno(s.file)) != 0) {
        if (ok)
            snprintf(out->error, sizeof out->error, "%s: write error: %m", dest);
        ok = false;
    }
    /* The file gets the publisher's Last-Modified time: loaders that know no version inside a
     * list (OFAC's CSV sets) report the file date, which should be the publication date, not
     * the download date. */
    curl_off_t filetime = -1;
    if (ok && !out->not_modified && curl_easy_getinfo(curl, CURLINFO_FILETIME_T, &filetime) == CURLE_OK &&
        filetime >= 0) {
        struct timespec times[2] = {{.tv_sec = (time_t)filetime}, {.tv_sec = (time_t)filetime}};
        futimens(fileno(s.file), times);
    }
    fclose(s.file);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (ok && EVP_DigestFinal_ex(s.sha, digest, &len) == 1)
        for (unsigned int i = 0; i < len && i < 32; i++)
            snprintf(out->sha256 + 2 * i, 3, "%02x", digest[i]);
    out->bytes = s.bytes;
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    EVP_MD_CTX_free(s.sha);
    return ok;
}
