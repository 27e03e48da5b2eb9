#pragma once

#include "core/audit/Merge.h"

#include <QDialog>
#include <QHash>
#include <QJsonValue>

#include <functional>

class QButtonGroup;

namespace smr::ui {

// Shown when a save was refused because another workstation saved the same record meanwhile:
// both versions side by side, field by field. What only one side changed is listed and kept;
// for each field both changed the user picks this form's value, the other one, or (free text)
// both. Nothing is saved here: the caller puts the result back in its form, and saves it over
// the newer version when asked to.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Side { Mine, Theirs, Both };
    // What the user asked for on closing.
    enum class Outcome { Cancelled, Review, Save };

    struct Fields {
        QStringList changedByThem;
        QStringList changedByMe;
        QStringList conflicts;
        std::function<QJsonValue(const QString &key, Side side)> value;
        std::function<bool(const QString &key)> canKeepBoth;
    };

    // `what` names the record ("the identity of DUPONT Marie", lower case: it ends a sentence).
    ConflictDialog(const QString &what, const Fields &fields, QWidget *parent = nullptr);

    Side choice(const QString &key) const;
    Outcome outcome() const { return m_outcome; }

    template <class Record> struct Resolution {
        Outcome outcome;
        Record merged; // the newer version with this form's changes and the choices
    };

    // Asks how to merge `mine` (edited from `base`) with `theirs`, saved meanwhile.
    template <class Record>
    static Resolution<Record> resolve(const Record &base, const Record &mine, const Record &theirs, const QString &what,
                                      QWidget *parent)
    {
        using M = RecordMerge<Record>;
        M merge(base, mine, theirs);
        const Fields fields{merge.changedByThem(), merge.changedByMe(), merge.conflicts(),
                            [&merge](const QString &key, Side side) {
                                return merge.value(key, side == Theirs ? M::Side::Theirs : M::Side::Mine);
                            },
                            [&merge](const QString &key) { return merge.canKeepBoth(key); }};
        ConflictDialog dialog(what, fields, parent);
        dialog.exec();
        for (const QString &key : merge.conflicts()) {
            const Side side = dialog.choice(key);
            merge.choose(key, side == Theirs ? M::Side::Theirs : side == Both ? M::Side::Both : M::Side::Mine);
        }
        return {dialog.outcome(), merge.merged()};
    }

private:
    QHash<QString, QButtonGroup *> m_choices;
    Outcome m_outcome = Outcome::Cancelled;
};

} // namespace smr::ui
