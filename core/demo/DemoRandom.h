#pragma once

#include <QList>
#include <QtGlobal>

namespace smr {

// The random numbers of demonstration data: SplitMix64, tiny, fast and the same on every
// platform (std:: distributions are not), so that a seed always gives the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 ≤ result < n
    int below(int n) { return int((next() >> 11) % quint64(n)); }
    // 0 ≤ result < 1
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Irwin–Hall: the sum of twelve uniforms is close enough to a bell curve for demo data.
    double normal(double mean, double sd)
    {
        double sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return mean + (sum - 6.0) * sd;
    }
    bool chance(double p) { return uniform() < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

} // namespace smr
