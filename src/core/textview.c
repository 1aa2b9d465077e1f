/*
** textview.c
** Building the NFC view of an article and mapping its offsets back.
**
** The text is walked once. A byte below 0x80 followed by another such byte
** is copied as is: no Unicode work on ASCII runs. Anything else is taken a
** "cluster" at a time (a code point and the combining marks after it, the
** unit within which NFC composes), rewritten if needed, and when the bytes
** change, a map segment records where the cluster came from.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "textview.h"
#include "utf8.h"
#include "util.h"

#define MAX_CLUSTER 32 /* code points; longer runs of marks are split */

static int push_seg(ivl_view *v, size_t view, size_t orig, int exact) {
  if (v->nsegs && v->segs[v->nsegs - 1].view == view) {
    v->nsegs--; /* the previous segment turned out empty (a dropped BOM) */
  }
  if (IVL_GROW(v->segs, v->cap, v->nsegs + 1)) return -1;
  v->segs[v->nsegs++] = (ivl_seg){(uint32_t)view, (uint32_t)orig, (uint32_t)exact};
  return 0;
}

/* Characters the view replaces one by one, before normalisation. Returns
** the replacement (possibly empty) or NULL to keep the code point. */
static const char *substitute(int32_t cp) {
  switch (cp) {
  case '\r': return "\n";
  case 0xFEFF: return ""; /* byte-order mark / zero-width no-break space */
  case 0x00A0: case 0x2007: case 0x2009: case 0x202F: case 0x2002: case 0x2003:
    return " ";
  case 0x2018: case 0x2019: case 0x201B: case 0x2032: return "'";
  case 0x201C: case 0x201D: case 0x201F: case 0x2033: return "\"";
  default: return NULL;
  }
}

/* Does a lone code point possibly change under NFC? Only those with a
** canonical decomposition (singletons, exclusions) or Hangul can. */
static int may_change_alone(int32_t cp) {
  if (cp < 0x80) return 0;
  if (cp >= 0x1100 && cp <= 0x11FF) return 1;
  const utf8proc_property_t *p = utf8proc_get_property(cp);
  return p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0;
}

/* NFC of one cluster into 'out' (room for 4 * MAX_CLUSTER * 3 bytes). */
static size_t nfc_cluster(const char *s, size_t n, char *out) {
  utf8proc_int32_t buf[MAX_CLUSTER * 4];
  utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf,
                                          MAX_CLUSTER * 4, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (k < 0 || k > MAX_CLUSTER * 4) { /* cannot normalise: keep as is */
    memcpy(out, s, n);
    return n;
  }
  k = utf8proc_normalize_utf32(buf, k, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  size_t w = 0;
  for (utf8proc_ssize_t j = 0; j < k; j++) w += ivl_utf8_encode(buf[j], out + w);
  return w;
}

/* Lone code points found to stay as they are under NFC, by their low bits
** (0: none yet). Vietnamese letters are precomposed, so each of them
** "may change" and went through utf8proc's decomposition and
** recomposition, every time, for nothing; an article uses few of them
** (remembering them: prepare stage 0.048 -> 0.045 s on the 10 MB corpus;
** remembered by the thread for all its articles: 2,475 decompositions on
** the 1.5 MB bench down to the letters it meets first). */
#define MEMO_SLOTS 256
typedef struct nfc_memo {
  int32_t stays[MEMO_SLOTS];
} nfc_memo;

/* NFC of the lone code point 'cp' (n bytes at s) into 'out'. */
static size_t nfc_alone(const char *s, size_t n, int32_t cp, nfc_memo *memo, char *out) {
  int32_t *slot = &memo->stays[(uint32_t)cp % MEMO_SLOTS];
  if (*slot != cp) {
    size_t k = nfc_cluster(s, n, out);
    if (k != n || memcmp(out, s, n) != 0) return k;
    *slot = cp;
  }
  memcpy(out, s, n);
  return n;
}

/* Is the cluster (first code point 'cp', 'ncp' code points) known to stay
** as it is: one code point, not substituted, that NFC leaves alone or was
** seen to? rewrite_cluster would copy it and the caller compare. */
static int stays_alone(int32_t cp, int ncp, const nfc_memo *memo) {
  if (ncp != 1 || substitute(cp)) return 0;
  /* the memo first: a letter seen to stay is not looked up again */
  return memo->stays[(uint32_t)cp % MEMO_SLOTS] == cp || !may_change_alone(cp);
}

/* Rewrite the cluster s[0..n) (first code point 'cp', 'ncp' code points)
** into 'out'; returns the new length. */
static size_t rewrite_cluster(const char *s, size_t n, int32_t cp, int ncp, nfc_memo *memo,
                              char *out) {
  if (ncp == 1) {
    const char *sub = substitute(cp);
    if (sub) {
      size_t k = strlen(sub);
      memcpy(out, sub, k);
      return k;
    }
    if (!may_change_alone(cp)) {
      memcpy(out, s, n);
      return n;
    }
    return nfc_alone(s, n, cp, memo, out);
  }
  return nfc_cluster(s, n, out);
}

int ivl_view_starts_cluster(int32_t cp) {
  /* below the combining diacritics, and Latin Extended Additional (the
  ** precomposed Vietnamese letters), no code point combines: the letter
  ** after a letter was looked up (11,256 look-ups on /tmp/b1) */
  if (cp < 0x300 || (cp >= 0x1E00 && cp <= 0x1EFF)) return 1;
  return utf8proc_get_property(cp)->combining_class == 0;
}

/* Length of the cluster at s[i..len): its first code point and the
** combining marks (or, for CR, the LF) that follow. */
static size_t cluster_at(const char *s, size_t len, size_t i, int32_t *first, int *ncp) {
  size_t n, j;
  *first = ivl_utf8_decode(s + i, len - i, &n);
  j = i + n;
  *ncp = 1;
  if (*first == '\r') {
    if (j < len && s[j] == '\n') j++; /* CRLF becomes one LF */
    return j - i;
  }
  while (j < len && (unsigned char)s[j] >= 0x80 && *ncp < MAX_CLUSTER) {
    int32_t cp = ivl_utf8_decode(s + j, len - j, &n);
    if (ivl_view_starts_cluster(cp)) break;
    j += n;
    (*ncp)++;
  }
  return j - i;
}

/* The first j from 'i' where s[j] is not ASCII or is a CR, or s[j + 1] is
** not ASCII: eight bytes at a time while the eight and the byte after them
** are ASCII and none is a CR (a byte at a time, the loop was most of the
** view's own time). */
static size_t ascii_run_end(const char *s, size_t len, size_t i) {
#if defined(__SSE2__) && defined(__GNUC__)
  /* sixteen at a time (and the byte after them), the answer from the masks:
  ** a byte not ASCII or a CR, or one before a byte not ASCII */
  const __m128i cr = _mm_set1_epi8('\r');
  for (; i + 17 <= len; i += 16) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    unsigned high = (unsigned)_mm_movemask_epi8(x);
    unsigned stop = high | (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, cr)) | high >> 1 |
                    ((unsigned char)s[i + 16] >= 0x80 ? 1u << 15 : 0u);
    if (stop) return i + (size_t)__builtin_ctz(stop);
  }
#endif
  for (; i + 9 <= len; i += 8) {
    uint64_t w = ivl_load8(s + i);
    if (ivl_word_nonascii(w) || ivl_word_has(w, '\r') || (unsigned char)s[i + 8] >= 0x80) break;
  }
  while (i + 1 < len && (unsigned char)s[i] < 0x80 && s[i] != '\r' && (unsigned char)s[i + 1] < 0x80)
    i++;
  return i;
}

/* Does the character at s[i] (i < len) start a cluster, as its lead bytes
** tell: ASCII, a code point below the combining diacritics (U+0080 to
** U+02FF: lead bytes 0xC2 to 0xCB), or one of Latin Extended Additional
** (U+1E00 to U+1EFF: 0xE1 0xB8 to 0xBB), the precomposed Vietnamese
** letters (ivl_view_starts_cluster). 0 when it may not, or when the bytes
** do not say: the caller then reads the cluster. An ASCII byte before
** such a character is a cluster of its own, kept as it is: taken through
** cluster_at and stays_alone, the byte before each Vietnamese letter was
** half of what the letter cost. */
static inline int starts_cluster_at(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xCB) return 1;
  return c == 0xE1 && i + 1 < len && ((unsigned char)s[i + 1] & 0xFC) == 0xB8;
}

/* Start the view's own copy at 'i' (nothing before changed): the
** original's first i bytes. */
static int start_copy(ivl_buf *out, const char *orig, size_t len, size_t i) {
  if (ivl_grow((void **)&out->data, &out->cap, len + 1, 1)) return -1;
  return ivl_buf_append(out, orig, i);
}

ivl_status ivl_view_build(ivl_view *v, const char *orig, size_t len, ivl_error *err) {
  memset(v, 0, sizeof *v);
  v->orig_len = len;
  if (len > UINT32_MAX - 1) return ivl_fail(err, IVL_EARG, 0, "text too large (%zu bytes)", len);
  if (push_seg(v, 0, 0, 1)) goto nomem;
  /* the view is the original itself until a character changes: most
  ** texts are NFC with plain quotes and need no copy at all */
  ivl_buf out = {0};
  /* the thread's, kept from article to article: what it says of a code
  ** point always holds, and most articles use the same few letters */
  static _Thread_local nfc_memo memo;
  int copying = 0;
  size_t i = 0;
  while (i < len) {
    /* a run of ASCII (no CR) is kept as it is, but its last byte, which
    ** may start a cluster with a combining mark after it */
    size_t j = ascii_run_end(orig, len, i);
    if (j > i) {
      if (copying && ivl_buf_append(&out, orig + i, j - i)) goto nomem_buf;
      i = j;
    }
    unsigned char c = (unsigned char)orig[i];
    if (c < 0x80 && c != '\r' && (i + 1 == len || starts_cluster_at(orig, len, i + 1))) {
      if (copying && ivl_buf_putc(&out, (char)c)) goto nomem_buf;
      i++;
      continue;
    }
    int32_t first;
    int ncp;
    char tmp[MAX_CLUSTER * 4 * 3 + 8];
    size_t n = cluster_at(orig, len, i, &first, &ncp);
    if (stays_alone(first, ncp, &memo)) { /* most do: nothing to rewrite and compare */
      if (copying && ivl_buf_append(&out, orig + i, n)) goto nomem_buf;
      i += n;
      continue;
    }
    size_t k = rewrite_cluster(orig + i, n, first, ncp, &memo, tmp);
    if (k == n && memcmp(tmp, orig + i, n) == 0) {
      if (copying && ivl_buf_append(&out, tmp, k)) goto nomem_buf;
    } else {
      if (!copying && start_copy(&out, orig, len, i)) goto nomem_buf;
      copying = 1;
      if (push_seg(v, out.len, i, 0) || ivl_buf_append(&out, tmp, k) ||
          push_seg(v, out.len, i + n, 1))
        goto nomem_buf;
    }
    i += n;
  }
  if (!copying) {
    v->text = orig;
    v->len = len;
    return IVL_OK;
  }
  if (ivl_buf_putc(&out, '\0')) goto nomem_buf; /* ensure allocated even if empty */
  out.len--;
  v->owned = out.data;
  v->text = out.data;
  v->len = out.len;
  return IVL_OK;
nomem_buf:
  ivl_buf_free(&out);
nomem:
  ivl_view_free(v);
  return ivl_fail(err, IVL_ENOMEM, 0, "out of memory building the text view");
}

void ivl_view_free(ivl_view *v) {
  free(v->owned);
  free(v->segs);
  memset(v, 0, sizeof *v);
}

size_t ivl_view_orig_search(const ivl_view *v, size_t pos) {
  if (pos >= v->len) return v->orig_len;
  size_t lo = 0, hi = v->nsegs; /* find the last segment with view <= pos */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (v->segs[mid].view <= pos) lo = mid;
    else hi = mid;
  }
  const ivl_seg *s = &v->segs[lo];
  return s->exact ? s->orig + (pos - s->view) : s->orig;
}
