#include "util/seen_keys.hpp"

#include <functional>

namespace ladder {

namespace {

constexpr int filter_probes = 3; // with 16-32 bits a key: about 0.5% false alarms at worst
constexpr std::size_t bits_per_key = 16;
constexpr std::size_t first_capacity = 4096;

// The i-th filter bit of a hash (double hashing: two halves of the 64 bits as two hashes).
std::size_t probe(std::uint64_t hash, int i, std::size_t bits) {
    std::uint64_t step = (hash >> 32) | 1U;
    return static_cast<std::size_t>((hash + static_cast<std::uint64_t>(i) * step) % bits);
}

} // namespace

std::optional<std::size_t> SeenKeys::add(std::string_view key) {
    std::uint64_t hash = std::hash<std::string_view>{}(key);
    std::optional<std::size_t> first;
    if (filter_may_contain(hash)) {
        first = first_position_of(hash);
    }
    append(hash);
    if (count_ > filter_capacity_) {
        grow_filter(); // inserts every hash, this one included
    } else {
        filter_insert(hash);
    }
    return first;
}

// Stored as hash 0: a key could match it only by hashing to 0, as likely as any other
// collision.
void SeenKeys::skip() {
    append(0);
}

void SeenKeys::append(std::uint64_t hash) {
    if (count_ % block_size == 0) {
        blocks_.push_back(std::make_unique<Block>());
    }
    (*blocks_.back())[count_ % block_size] = hash;
    ++count_;
}

std::uint64_t SeenKeys::hash_at(std::size_t position) const {
    return (*blocks_[position / block_size])[position % block_size];
}

std::optional<std::size_t> SeenKeys::first_position_of(std::uint64_t hash) const {
    for (std::size_t position = 0; position < count_; ++position) {
        if (hash_at(position) == hash) {
            return position;
        }
    }
    return std::nullopt;
}

bool SeenKeys::filter_may_contain(std::uint64_t hash) const {
    if (filter_.empty()) {
        return false;
    }
    std::size_t bits = filter_.size() * 64;
    for (int i = 0; i < filter_probes; ++i) {
        std::size_t bit = probe(hash, i, bits);
        if ((filter_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) {
            return false;
        }
    }
    return true;
}

void SeenKeys::filter_insert(std::uint64_t hash) {
    std::size_t bits = filter_.size() * 64;
    for (int i = 0; i < filter_probes; ++i) {
        std::size_t bit = probe(hash, i, bits);
        filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
}

// Twice the keys, twice the bits: the false-alarm rate stays put as the stream grows.
void SeenKeys::grow_filter() {
    filter_capacity_ = filter_capacity_ == 0 ? first_capacity : filter_capacity_ * 2;
    std::vector<std::uint64_t>().swap(filter_); // freed before the larger one is made
    filter_.assign(filter_capacity_ * bits_per_key / 64, 0);
    for (std::size_t position = 0; position < count_; ++position) {
        filter_insert(hash_at(position));
    }
}

} // namespace ladder
