// Building the index in two passes: tokenize every field once into a compact stream of interned
// term ids (varints, under 2 bytes a token: ids are given in order of first use, so frequent
// words get small ones), counting each term's postings and position bytes on the way; then, with
// the dictionary sorted, write the final arrays from the stream. Nothing grows while being
// written, so the index is a handful of exactly sized allocations, and the stream is freed.
//
// Memory is touched as little as possible because that is what building costs: the random
// accesses of interning go to one compact hash table (short keys are compared inside it), read
// ahead for a field's words at a time so that their cache misses overlap, and the scattered
// writes of the second pass go straight to their final place.
#include <algorithm>
#include <chrono>
#include <memory>
#include <cstring>
#include <numeric>

#include "search_index.h"
#include "tokenize.h"

namespace br {
namespace {

// Stream values (varints): kGap for an unused position, kField + code when a field starts, and
// kFirstTerm + id for a token.
enum FieldCode : uint32_t { kSourceCode, kDatelineCode, kTitleCode, kBodyCode, kTagCode };
constexpr uint32_t kGap = 0;
constexpr uint32_t kField = 1;
constexpr uint32_t kFirstTerm = 8;
constexpr uint8_t kFieldBit[] = {kInSource, kInDateline, kInTitle, kInBody, kInBody};

// Run once per build: compiled for size (the page's code has a size budget, issue 6).
#if defined(__clang__)
#define BR_COLD __attribute__((minsize, cold))
#else
#define BR_COLD __attribute__((cold))
#endif

uint64_t mix(uint64_t h) {
  h = (h ^ (h >> 31)) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// Fixed-size loads: compiled to plain loads (a memcpy of a variable size is a call in wasm).
uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint64_t load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Hashes a key longer than 16 bytes.
uint64_t hash_bytes(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    h = (h ^ load64(p + i)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  // The last 1-7 bytes, read as the top of the last 8 (n > 16).
  const uint64_t tail = i < n ? load64(p + n - 8) >> (8 * (8 - (n - i))) : 0;
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

// Without branches: the byte counts of varints are data (1 or 2 bytes, half and half) that a
// branch would guess wrong often.
uint32_t varint_size(uint32_t v) {
  return 1 + (v >= 1u << 7) + (v >= 1u << 14) + (v >= 1u << 21) + (v >= 1u << 28);
}

// The first 16 bytes of a key, zero-padded (keys never contain a zero byte).
struct Head {
  uint64_t a = 0, b = 0;
  bool operator==(const Head&) const = default;
};
Head head_of(std::string_view key) {
  const char* p = key.data();
  const size_t n = key.size();
  Head head;
  // Overlapping loads put each byte in its place (the same byte twice where they overlap).
  if (n >= 16) {
    head.a = load64(p);
    head.b = load64(p + 8);
  } else if (n > 8) {
    head.a = load64(p);
    head.b = load64(p + n - 8) >> (8 * (16 - n));
  } else if (n == 8) {
    head.a = load64(p);
  } else if (n >= 4) {
    head.a = load32(p) | load32(p + n - 4) << (8 * (n - 4));
  } else if (n > 0) {
    const auto byte = [p](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])} << (8 * i); };
    head.a = byte(0) | byte(n / 2) | byte(n - 1);
  }
  return head;
}

// Short keys hash from their head alone.
uint64_t hash_key(std::string_view key, const Head& head) {
  if (key.size() > 16) return hash_bytes(key);
  return mix((head.a * 0x9E3779B97F4A7C15ull) ^ (head.b + key.size()) * 0xFF51AFD7ED558CCDull);
}

// A slot of the interning table with the term's counts: half a cache line, never straddling
// two, so a token costs at most one cache miss (the table is 4 MB at 60,000 terms).
struct alignas(32) Slot {
  Head head;
  uint32_t id = 0;    // id + 1; 0 = empty
  uint32_t last = 0;  // the token position where it last occurred, counted across documents
  uint32_t df = 0;
  uint32_t pos_bytes = 0;
};
static_assert(sizeof(Slot) == 32);

// Per term (by temporary id) in the second pass: where its next posting and position go.
struct FillState {
  uint32_t cursor = 0;       // next posting, an index into docs_ and meta_
  uint32_t first = 0;        // its first posting
  uint32_t pos_cursor = 0;   // next position byte
  uint32_t last_varint = 0;  // its last position's first byte
  uint32_t skip_base = 0;    // its first skip entry, or kNoSkip: no positions
  uint32_t last_doc = UINT32_MAX;
  uint32_t last_pos = 0;
  uint8_t meta = 0;          // of its posting in the document being filled
};

}  // namespace

class SearchIndexBuilder {
 public:
  explicit SearchIndexBuilder(const Bundle& bundle) : bundle_(bundle) {}

  // Builds for about budget_ms (at least one slice of documents); true once the index is done.
  bool step(double budget_ms) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::duration<double, std::milli>(budget_ms);
    const auto out_of_time = [&] { return Clock::now() >= deadline; };
    while (stage_ != Stage::kDone) {
      switch (stage_) {
        case Stage::kOrder:
          order_documents();
          begin_tokenize();
          stage_ = Stage::kTokenize;
          break;
        case Stage::kTokenize:
          if (tokenize_some(out_of_time)) {
            end_tokenize();
            stage_ = Stage::kLayout;
          }
          break;
        case Stage::kLayout:
          layout();
          stage_ = Stage::kFill;
          break;
        case Stage::kFill:
          if (fill_some(out_of_time)) {
            end_fill();
            stage_ = Stage::kDone;
          }
          break;
        case Stage::kDone:
          break;
      }
      if (stage_ != Stage::kDone && out_of_time()) return false;
    }
    return true;
  }

  // Roughly how much is done: tokenizing is most of the work, filling the rest.
  double progress() const {
    const double n = std::max<double>(1.0, ix_.doc_count());
    switch (stage_) {
      case Stage::kOrder: return 0.0;
      case Stage::kTokenize: return 0.02 + 0.68 * (doc_ / n);
      case Stage::kLayout: return 0.7;
      case Stage::kFill: return 0.75 + 0.25 * (fill_doc_ / n);
      case Stage::kDone: return 1.0;
    }
    return 0.0;
  }

  SearchIndex take() { return std::move(ix_); }

 private:
  enum class Stage { kOrder, kTokenize, kLayout, kFill, kDone };
  static constexpr uint32_t kSlice = 64;  // documents between looks at the clock
  BR_COLD void order_documents() {
    const uint32_t n = static_cast<uint32_t>(bundle_.briefs.size());
    ix_.doc_brief_.resize(n);
    std::iota(ix_.doc_brief_.begin(), ix_.doc_brief_.end(), 0u);
    std::stable_sort(ix_.doc_brief_.begin(), ix_.doc_brief_.end(), [this](uint32_t a, uint32_t b) {
      return bundle_.briefs[a].day > bundle_.briefs[b].day;
    });
    ix_.brief_doc_.resize(n);
    ix_.doc_day_.resize(n);
    for (uint32_t d = 0; d < n; ++d) {
      ix_.brief_doc_[ix_.doc_brief_[d]] = d;
      ix_.doc_day_[d] = bundle_.briefs[ix_.doc_brief_[d]].day;
    }
  }

  // The slot of key, adding it when new (the pointer is valid until the next call). The table
  // has room: flush() grows it first.
  Slot& intern(std::string_view key, const Head& head, uint64_t h) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == 0) return add_term(slot, key, head);
      if (slot.head == head && (key.size() <= 16 || key_of(slot.id - 1) == key)) return slot;
    }
  }

  // A new term in an empty slot; out of line, as a new term is rare next to a known one.
  __attribute__((noinline)) Slot& add_term(Slot& slot, std::string_view key, const Head& head) {
    slot.head = head;
    slot.id = static_cast<uint32_t>(key_offsets_.size()) + 1;
    key_offsets_.push_back(static_cast<uint32_t>(keys_.size()));
    keys_.append(key);
    return slot;
  }

  std::string_view key_of(uint32_t id) const {
    const uint32_t end =
        id + 1 < key_offsets_.size() ? key_offsets_[id + 1] : static_cast<uint32_t>(keys_.size());
    return std::string_view(keys_).substr(key_offsets_[id], end - key_offsets_[id]);
  }

  BR_COLD void grow() {
    std::vector<Slot> slots(std::max<size_t>(4096, slots_.size() * 2));
    const size_t mask = slots.size() - 1;
    for (const Slot& slot : slots_) {
      if (slot.id == 0) continue;
      const std::string_view key = key_of(slot.id - 1);
      size_t i = hash_key(key, head_of(key)) & mask;
      while (slots[i].id != 0) i = (i + 1) & mask;
      slots[i] = slot;
    }
    slots_.swap(slots);
  }

  // Room for `bytes` more stream bytes, so put() need not check (plus the 3 bytes put may write
  // past its value).
  void reserve_stream(size_t bytes) {
    if (stream_size_ + bytes + 3 > stream_.size())
      stream_.resize(std::max(stream_.size() * 2, stream_size_ + bytes + 3));
  }

  // Values below 2^28 (ids of the first 268 million terms) are written as four bytes without
  // branches, of which the varint's 1-4 count; reserve_stream leaves room for them.
  void put(uint32_t v) {
    uint8_t* out = stream_.data() + stream_size_;
    if (v >= 1u << 28) [[unlikely]] {
      while (v >= 0x80) {
        *out++ = static_cast<uint8_t>(v | 0x80);
        v >>= 7;
      }
      *out++ = static_cast<uint8_t>(v);
      stream_size_ = static_cast<size_t>(out - stream_.data());
      return;
    }
    const uint32_t n = varint_size(v);
    const uint32_t groups =
        (v & 0x7F) | (v << 1 & 0x7F00) | (v << 2 & 0x7F0000) | (v << 3 & 0x7F000000);
    const uint32_t more = 0x808080u & ((1u << (8 * (n - 1))) - 1);  // continuation bits
    const uint32_t word = groups | more;
    std::memcpy(out, &word, 4);
    stream_size_ += n;
  }

  // Appends a token to the stream and counts it, after the deferred words before it. key need
  // only live until this returns.
  void emit(std::string_view key, bool positioned) {
    Pending& w = pending_[pending_count_++];  // defer() flushes before the queue is full
    w.head = head_of(key);
    w.hash = hash_key(key, w.head);
    w.key = key.data();
    w.len = static_cast<uint32_t>(key.size());
    w.positioned = positioned;
    flush();
  }

  // A short ASCII word (key16: the word then zeros to 16 bytes), emitted at the next flush().
  // Its slot is read now, so that the cache misses of a run of words (mostly rare words, whose
  // slots have left the cache) overlap instead of coming one after another: each word's slot
  // load is independent of the others, and a flush is up to 63 words later.
  void defer(const char* key16, uint32_t len) {
    Pending& w = pending_[pending_count_];
    w.head = Head{load64(key16), load64(key16 + 8)};
    w.hash = hash_key(std::string_view(key16, len), w.head);
    w.key = nullptr;
    w.len = len;
    w.positioned = true;
    touched_ += slots_[w.hash & (slots_.size() - 1)].id;
    if (++pending_count_ == kPending - 1) flush();
  }

  // Interns and counts the pending tokens, in order.
  void flush() {
    // The table stays at most half full even if every pending token is a new term.
    while ((key_offsets_.size() + pending_count_) * 2 >= slots_.size()) grow();
    for (uint32_t i = 0; i < pending_count_; ++i) {
      const Pending& w = pending_[i];
      const char* key = w.key != nullptr ? w.key : reinterpret_cast<const char*>(&w.head);
      Slot& t = intern(std::string_view(key, w.len), w.head, w.hash);
      put(kFirstTerm + t.id - 1);
      // Without branches (whether a token is its term's first in the document is a coin toss):
      // t.last is before doc_start_ exactly when it is, and positions count from doc_start_.
      t.df += t.last < doc_start_;
      const uint32_t last = std::max(t.last, doc_start_);
      if (w.positioned) {
        const uint32_t at = doc_start_ + pos_++;
        t.pos_bytes += varint_size((at - last) << 1);
        t.last = at;
      } else {
        t.last = last;
      }
    }
    pending_count_ = 0;
  }

  void gap() {
    put(kGap);
    ++pos_;
  }

  // The tokens of one field; returns how many (words and unspaced runs).
  uint32_t add_text(std::string_view text, uint32_t field) {
    uint32_t count = 0;
    // A text byte yields at most one token or gap, or in unspaced runs two grams: 5 bytes each.
    reserve_stream(16 + text.size() * 10);
    put(kField + field);
    if (field == kTagCode) {
      Tokenizer tokens(text);
      Token t;
      while (tokens.next(t)) {
        ++count;
        add_token(t, true);
      }
      return count;
    }
    for_each_token(
        text,
        [this, &count](const char* key16, uint32_t len, uint32_t) {
          ++count;
          defer(key16, len);
        },
        [this, &count](const Token& t) {
          ++count;
          flush();
          add_token(t, false);
        });
    flush();
    return count;
  }

  // A token other than a short ASCII word (all of a tag's tokens).
  void add_token(const Token& t, bool tag) {
    if (!t.unspaced) {
      if (!tag) {
        emit(t.folded, true);
        return;
      }
      key_.assign(1, kTagKey);
      key_.append(t.folded);
      emit(key_, false);
      return;
    }
    // An unspaced run: its code points and bigrams, no positions; the run takes one position.
    const std::string_view run = t.folded;
    size_t i = 0;
    while (i < run.size()) {
      size_t j = i + 1;
      while (j < run.size() && (static_cast<unsigned char>(run[j]) & 0xC0) == 0x80) ++j;
      size_t k = j + (j < run.size() ? 1 : 0);
      while (k < run.size() && (static_cast<unsigned char>(run[k]) & 0xC0) == 0x80) ++k;
      key_.clear();
      if (tag) key_ += kTagKey;
      key_ += kUnigramKey;
      key_.append(run.substr(i, j - i));
      emit(key_, false);
      if (k > j) {
        key_[tag ? 1 : 0] = kBigramKey;
        key_.append(run.substr(j, k - j));
        emit(key_, false);
      }
      i = j;
    }
    if (!tag) gap();
  }

  BR_COLD void begin_tokenize() {
    const uint32_t n = ix_.doc_count();
    ix_.bounds_.resize(n);
    ix_.length_.resize(n);
    doc_stream_.resize(n);
    stream_.resize((bundle_.source.size() + bundle_.text.bytes_used()) / 3 + 64);
    doc_ = 0;
    grow();  // defer() reads the table before the first intern()
  }

  // Tokenizes documents until all are done (true) or time is up.
  template <typename OutOfTime>
  bool tokenize_some(const OutOfTime& out_of_time) {
    const uint32_t n = ix_.doc_count();
    while (doc_ < n) {
      const uint32_t slice_end = std::min(n, doc_ + kSlice);
      for (; doc_ < slice_end; ++doc_) tokenize_document();
      if (doc_ < n && out_of_time()) return false;
    }
    return true;
  }

  // The doc_-th brief in the bundle's order (its text lies in the input in that order, so reading
  // it so is sequential), whose document is d.
  void tokenize_document() {
    const uint32_t d = ix_.brief_doc_[doc_];
    doc_stream_[d].begin = stream_size_;
    pos_ = 0;
    if (doc_start_ > UINT32_MAX / 2) {  // billions of tokens: count positions from 1 again
      for (Slot& slot : slots_) slot.last = 0;
      doc_start_ = 1;
    }
    const Brief& b = bundle_.briefs[doc_];
    DocBounds& bounds = ix_.bounds_[d];
    add_text(b.source, kSourceCode);
    bounds.source_end = pos_;
    reserve_stream(8);
    gap();
    add_text(b.dateline, kDatelineCode);
    bounds.dateline_end = pos_;
    reserve_stream(8);
    gap();
    uint32_t length = add_text(b.title, kTitleCode);
    bounds.title_end = pos_;
    reserve_stream(8);
    gap();
    for (std::string_view paragraph : bundle_.body(b)) {
      length += add_text(paragraph, kBodyCode);
      reserve_stream(8);
      gap();
    }
    for (std::string_view tag : bundle_.tags_of(b)) add_text(tag, kTagCode);
    ix_.length_[d] = static_cast<uint16_t>(std::min<uint32_t>(length, UINT16_MAX));
    doc_start_ += pos_ + 1;
    total_length_ += length;
    doc_stream_[d].end = stream_size_;
  }

  void end_tokenize() {
    const uint32_t n = ix_.doc_count();
    ix_.average_length_ = n > 0 ? total_length_ / n : 0;
  }

  // The sorted dictionary, and where each term's postings, skips and positions go.
  BR_COLD void layout() {
    const uint32_t terms = static_cast<uint32_t>(key_offsets_.size());
    std::vector<uint32_t> df(terms), pos_bytes(terms);
    for (const Slot& slot : slots_) {
      if (slot.id == 0) continue;
      df[slot.id - 1] = slot.df;
      pos_bytes[slot.id - 1] = slot.pos_bytes;
    }
    slots_ = {};
    std::vector<uint32_t> order(terms);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(),
              [this](uint32_t a, uint32_t b) { return key_of(a) < key_of(b); });
    ix_.term_bytes_.reserve(keys_.size());
    ix_.term_offsets_.reserve(terms + 1);
    ix_.posting_offsets_.reserve(terms + 1);
    ix_.skip_offsets_.resize(terms);
    fill_.resize(terms);
    uint32_t postings = 0, skips = 0, position_bytes = 0;
    for (uint32_t id = 0; id < terms; ++id) {
      const uint32_t old = order[id];
      const std::string_view key = key_of(old);
      ix_.term_bytes_.append(key);
      ix_.term_offsets_.push_back(static_cast<uint32_t>(ix_.term_bytes_.size()));
      FillState& f = fill_[old];
      f.cursor = f.first = postings;
      f.pos_cursor = position_bytes;
      postings += df[old];
      position_bytes += pos_bytes[old];
      ix_.posting_offsets_.push_back(postings);
      const bool positioned = static_cast<unsigned char>(key[0]) > kBigramKey;
      f.skip_base = ix_.skip_offsets_[id] = positioned ? skips : SearchIndex::kNoSkip;
      if (positioned) skips += (df[old] + 15) / 16;
    }
    keys_ = {};
    key_offsets_ = {};
    ix_.docs_.resize(postings);
    ix_.meta_.resize(postings);
    ix_.skips_.resize(skips);
    ix_.positions_.resize(position_bytes);
  }

  // Writes the postings and positions of documents until all are done (true) or time is up.
  template <typename OutOfTime>
  bool fill_some(const OutOfTime& out_of_time) {
    const uint32_t n = ix_.doc_count();
    while (fill_doc_ < n) {
      const uint32_t slice_end = std::min(n, fill_doc_ + kSlice);
      for (; fill_doc_ < slice_end; ++fill_doc_) fill_document(fill_doc_);
      if (fill_doc_ < n && out_of_time()) return false;
    }
    return true;
  }

  void fill_document(uint32_t d) {
    // Pointers in locals: stores through a byte pointer may alias any member, which would make
    // the compiler load these again after every position byte.
    uint8_t* positions = ix_.positions_.data();
    FillState* fill = fill_.data();
    const uint8_t* in = stream_.data() + doc_stream_[d].begin;
    const uint8_t* end = stream_.data() + doc_stream_[d].end;
    // A document has at most as many distinct terms as stream bytes.
    if (in_doc_.size() < static_cast<size_t>(end - in)) in_doc_.resize(end - in);
    uint32_t* in_doc = in_doc_.data();
    uint32_t distinct = 0;
    uint32_t pos = 0, field = 0;
    while (in < end) {
      uint32_t v = 0;
      for (int shift = 0;; shift += 7) {
        const uint8_t byte = *in++;
        v |= static_cast<uint32_t>(byte & 0x7F) << shift;
        if (byte < 0x80) break;
      }
      if (v == kGap) {
        ++pos;
        continue;
      }
      if (v < kFirstTerm) {
        field = v - kField;
        continue;
      }
      FillState& t = fill[v - kFirstTerm];
      const bool positioned = t.skip_base != SearchIndex::kNoSkip;
      if (t.last_doc != d) {
        const uint32_t k = t.cursor - t.first;
        if (positioned && k % 16 == 0) ix_.skips_[t.skip_base + k / 16] = t.pos_cursor;
        in_doc[distinct++] = v - kFirstTerm;
        t.last_doc = d;
        t.last_pos = 0;
        t.meta = 0;
      }
      uint8_t meta = t.meta | kFieldBit[field];
      if ((field == kTitleCode || field == kBodyCode) && (meta & kTfMask) < kTfMask) ++meta;
      t.meta = meta;
      if (positioned) {
        uint32_t at = t.pos_cursor;
        t.last_varint = at;
        uint32_t delta = (pos - t.last_pos) << 1;
        while (delta >= 0x80) {
          positions[at++] = static_cast<uint8_t>(delta | 0x80);
          delta >>= 7;
        }
        positions[at++] = static_cast<uint8_t>(delta);
        t.pos_cursor = at;
        t.last_pos = pos++;
      }
    }
    // The document's postings are written now, each once with its final meta byte, and each
    // positioned term's last position gets its flag while its bytes are still in cache.
    uint32_t* docs = ix_.docs_.data();
    uint8_t* metas = ix_.meta_.data();
    for (uint32_t i = 0; i < distinct; ++i) {
      FillState& t = fill[in_doc[i]];
      const uint32_t at = t.cursor;
      docs[at] = d;
      metas[at] = t.meta;
      t.cursor = at + 1;
      if (t.skip_base != SearchIndex::kNoSkip) positions[t.last_varint] |= 1;
    }
  }

  void end_fill() {
    stream_ = {};
    fill_ = {};
    doc_stream_ = {};
  }

  const Bundle& bundle_;
  SearchIndex ix_;
  RawVector<uint8_t> stream_;  // the first stream_size_ bytes are used
  size_t stream_size_ = 0;
  struct StreamRange {
    size_t begin = 0, end = 0;
  };
  std::vector<StreamRange> doc_stream_;  // by document
  Stage stage_ = Stage::kOrder;
  uint32_t doc_ = 0, pos_ = 0;  // while tokenizing
  uint32_t doc_start_ = 1;      // the document's first position counted across documents
  double total_length_ = 0;
  uint32_t fill_doc_ = 0;       // while filling
  std::string key_;
  std::string keys_;                   // every term's key, by temporary id
  std::vector<uint32_t> key_offsets_;  // where each key starts in keys_
  std::vector<Slot> slots_;            // open addressing, linear probing
  struct Pending {
    Head head;
    uint64_t hash;
    const char* key;  // null: the key is the head's first len bytes; else emit()'s key
    uint32_t len;
    bool positioned;
  };
  static constexpr uint32_t kPending = 64;
  Pending pending_[kPending];  // short words whose slots are being read (see defer())
  uint32_t pending_count_ = 0;
  uint32_t touched_ = 0;       // the sum of the slot ids read ahead: keeps the reads
  std::vector<FillState> fill_;        // by temporary id
  std::vector<uint32_t> in_doc_;       // room for the terms met in the document being filled
};

SearchIndex SearchIndex::build(const Bundle& bundle) {
  SearchIndexBuilder builder(bundle);
  // In slices, each a call through a pointer. V8 runs a wasm function in its baseline compiler
  // until it has run for a while and swaps in optimized code only when the function is entered
  // again, so one call building a whole large index would run baseline code throughout; and
  // binaryen inlines any function called from one place (which a call through a pointer it
  // cannot see is not), so a plain loop of step() calls would be one function entered once.
  bool (*volatile step)(SearchIndexBuilder&, double) = [](SearchIndexBuilder& b, double ms) {
    return b.step(ms);
  };
  while (!step(builder, 50.0)) {
  }
  return builder.take();
}

IndexBuild::IndexBuild(const Bundle& bundle) : builder_(std::make_unique<SearchIndexBuilder>(bundle)) {}
IndexBuild::~IndexBuild() = default;

bool IndexBuild::step(double budget_ms) {
  done_ = done_ || builder_->step(budget_ms);
  return done_;
}

double IndexBuild::progress() const { return builder_->progress(); }

SearchIndex IndexBuild::take() { return builder_->take();
}

}  // namespace br
