#pragma once
// Which keys a long stream has already shown, and where first, in about ten bytes a key: a
// batch of a million files checks its person ids for duplicates without its memory growing by
// a map node (some 80 bytes) per file.
//
// Keys are kept as 64-bit hashes, so two different keys are taken for one with a chance of
// about n^2 / 2^65 (1 in 3 billion for 100,000 keys). A Bloom filter answers "never seen" for
// almost every new key; only its rare false alarms and the true repeats scan the hashes.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ladder {

class SeenKeys {
public:
    // Records `key` as the next position (0, 1, 2, ... in the order of calls) and returns the
    // position of the first earlier call with the same key, if there was one.
    std::optional<std::size_t> add(std::string_view key);
    // Takes up the next position without a key (a row with no id): nothing matches it.
    void skip();

    std::size_t size() const { return count_; }

private:
    // Fixed-size blocks: growing never copies the hashes, so memory rises by a block at a
    // time instead of doubling for a moment.
    static constexpr std::size_t block_size = 4096;
    using Block = std::array<std::uint64_t, block_size>;

    void append(std::uint64_t hash);
    std::uint64_t hash_at(std::size_t position) const;
    std::optional<std::size_t> first_position_of(std::uint64_t hash) const;
    bool filter_may_contain(std::uint64_t hash) const;
    void filter_insert(std::uint64_t hash);
    void grow_filter();

    std::vector<std::unique_ptr<Block>> blocks_;
    std::vector<std::uint64_t> filter_; // bits; 16 to 32 of them a key
    std::size_t filter_capacity_ = 0;   // keys the filter is sized for
    std::size_t count_ = 0;
};

} // namespace ladder
