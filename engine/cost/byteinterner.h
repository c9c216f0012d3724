#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace traceo::cost {

/// Interns byte strings into dense codes 1, 2, 3 … (0 is reserved for null) with an open-addressing
/// hash table over one byte arena: the parser's dictionary, with no allocation per field.
class ByteInterner
{
public:
    ByteInterner()
        : m_slots(1024)
    {
        m_offsets.push_back(0);
        m_offsets.push_back(0); // code 0: the empty (null) value
    }

    static std::uint64_t hash(const char* p, std::size_t n)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
        while (n >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
            h ^= h >> 29;
            p += 8;
            n -= 8;
        }
        std::uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ w) * 0x94d049bb133111ebull;
        return h ^ (h >> 31);
    }

    static std::uint64_t hash(std::string_view s) { return hash(s.data(), s.size()); }
    /// Starts loading the slot where a string of hash `h` would be: the parser hashes a whole row
    /// first and prefetches, so the (cache-missing) lookups of its fields overlap.
    void prefetch(std::uint64_t h) const { __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]); }

    /// The code of `s` (never 0); `added` tells whether it is new.
    std::uint32_t intern(std::string_view s, bool* added = nullptr) { return intern(s, hash(s), added); }
    /// The same, with `h` = hash(s) already computed.
    std::uint32_t intern(std::string_view s, std::uint64_t h, bool* added)
    {
        const std::uint32_t tag = std::uint32_t(h >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (!slot.code) {
                const std::uint32_t code = std::uint32_t(size());
                slot = { tag, code, std::uint32_t(m_arena.size()), std::uint32_t(s.size()) };
                m_arena.append(s);
                m_offsets.push_back(std::uint32_t(m_arena.size()));
                if (added)
                    *added = true;
                if (size() * 2 > m_slots.size())
                    grow();
                return code;
            }
            // The slot holds the string's place in the arena: one memory access less than at(code).
            if (slot.tag == tag && slot.size == s.size()
                && std::memcmp(m_arena.data() + slot.offset, s.data(), s.size()) == 0) {
                if (added)
                    *added = false;
                return slot.code;
            }
        }
    }
    /// Number of codes, including the null code 0.
    std::size_t size() const { return m_offsets.size() - 1; }
    std::string_view at(std::uint32_t code) const
    {
        return { m_arena.data() + m_offsets[code], std::size_t(m_offsets[code + 1] - m_offsets[code]) };
    }

private:
    struct Slot
    {
        std::uint32_t tag = 0; ///< the high half of the hash (the low bits choose the slot)
        std::uint32_t code = 0;
        std::uint32_t offset = 0; ///< the string in m_arena
        std::uint32_t size = 0;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const std::size_t mask = m_slots.size() - 1;
        for (const Slot& s : old) {
            if (!s.code)
                continue;
            std::size_t i = hash(m_arena.data() + s.offset, s.size) & mask;
            while (m_slots[i].code)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_offsets;
    std::string m_arena;
};

} // namespace traceo::cost
