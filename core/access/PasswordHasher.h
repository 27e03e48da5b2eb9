#pragma once

#include <QString>

#include <optional>

namespace smr {

// Passwords and PINs are stored as Argon2id hashes (libsodium's crypto_pwhash_str): the hash
// carries its own salt and cost, so hashes made with an older cost still verify.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: a fraction of a second per sign-in
        Minimal,     // the smallest cost libsodium allows: for tests, never for real accounts
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    // The hash of `secret`, or nothing when the machine lacks the memory to compute it.
    std::optional<QString> hash(const QString &secret) const;
    static bool verify(const QString &hash, const QString &secret);

private:
    Cost m_cost;
};

} // namespace smr
