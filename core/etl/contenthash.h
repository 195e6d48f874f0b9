// A stable 64-bit content hash (FNV-1a with a final avalanche) for line identities. Stable across
// machines and runs, unlike qHash, because it is stored in the warehouse.
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace bedrot {

class ContentHash
{
public:
    void add(QByteArrayView bytes)
    {
        for (char c : bytes) {
            m_state ^= static_cast<unsigned char>(c);
            m_state *= 0x100000001b3ULL;
        }
        // Field separator so ("ab","c") and ("a","bc") differ.
        m_state ^= 0x1F;
        m_state *= 0x100000001b3ULL;
    }
    void add(qint64 number)
    {
        char bytes[sizeof number];
        for (size_t i = 0; i < sizeof number; ++i)
            bytes[i] = char((quint64(number) >> (8 * i)) & 0xFF);
        add(QByteArrayView(bytes, sizeof bytes));
    }
    quint64 value() const { return mix(m_state); }
    // The identity of the n-th identical copy of a content hash.
    static quint64 withOccurrence(quint64 contentKey, int occurrence)
    {
        return mix(contentKey ^ (quint64(occurrence) * 0x9e3779b97f4a7c15ULL));
    }

private:
    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state = 0xcbf29ce484222325ULL;
};

} // namespace bedrot
