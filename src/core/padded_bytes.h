// Input bytes with the zeroed tail padding simdjson reads past the end of a document.
// The reader owns a bundle's raw bytes in one of these: on the web, JavaScript writes a fetched
// file straight into it (no copy through JS strings), natively a file is read into it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

namespace br {

class PaddedBytes {
 public:
  static constexpr size_t kPadding = 64;  // == SIMDJSON_PADDING, checked in parse.cpp

  PaddedBytes() = default;
  explicit PaddedBytes(size_t size)
      : data_(size <= SIZE_MAX - kPadding ? new (std::nothrow) char[size + kPadding] : nullptr),
        size_(data_ ? size : 0) {
    if (data_) std::memset(data_.get() + size, 0, kPadding);
  }
  static PaddedBytes copy_of(std::string_view text) {
    PaddedBytes bytes(text.size());
    if (bytes.ok() && !text.empty()) std::memcpy(bytes.data(), text.data(), text.size());
    return bytes;
  }

  bool ok() const { return data_ != nullptr; }  // false when the allocation failed
  char* data() { return data_.get(); }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  std::string_view view() const { return {data_.get(), size_}; }

  // Keeps only the first n bytes (when fewer arrived than were expected), padding them again.
  void shrink(size_t n) {
    if (!data_ || n >= size_) return;
    size_ = n;
    std::memset(data_.get() + n, 0, kPadding);
  }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
};

}  // namespace br
