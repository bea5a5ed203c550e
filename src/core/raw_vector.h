// A std::vector whose resize() leaves new elements of trivial types uninitialized: for large
// arrays that are written in full right after being sized (the search index's), where zeroing
// first would touch every byte one extra time.
#pragma once

#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace br {

template <typename T>
struct NoInitAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = NoInitAllocator<U>;
  };
  NoInitAllocator() = default;
  template <typename U>
  NoInitAllocator(const NoInitAllocator<U>&) noexcept {}

  template <typename U>
  void construct(U* p) noexcept {
    ::new (static_cast<void*>(p)) U;  // default-initialization: no value for trivial types
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

template <typename T>
using RawVector = std::vector<T, NoInitAllocator<T>>;

}  // namespace br
