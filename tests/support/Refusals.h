#pragma once

// The check every refusal of a service gets: its kind, its field's message and the words it names,
// and nothing written, not even an audit line.

#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace smr::test {

// `field` empty: the words are looked for in the whole message.
template <typename R>
void expectRefused(TestStore &db, const R &result, const QString &before, qsizetype auditBefore, const QString &field,
                   const QStringList &mentions, Failure::Kind kind = Failure::Kind::Invalid)
{
    ASSERT_FALSE(result) << field.toStdString();
    EXPECT_EQ(result.failure().kind(), kind) << result.failure().text().toStdString();
    const QString message = field.isEmpty() ? result.failure().text() : result.failure().messageFor(field);
    EXPECT_FALSE(message.isEmpty()) << "no message for " << field.toStdString() << "; got "
                                    << result.failure().text().toStdString();
    for (const QString &word : mentions)
        EXPECT_TRUE(message.contains(word))
            << "\"" << message.toStdString() << "\" should mention " << word.toStdString();
    EXPECT_EQ(db.dumpAll(), before) << "nothing is written on a refusal";
    EXPECT_EQ(db.audit().size(), auditBefore);
}

} // namespace smr::test
