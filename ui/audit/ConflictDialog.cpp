#include "ui/audit/ConflictDialog.h"

#include "ui/audit/AuditText.h"
#include "ui/common/Labels.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace smr::ui {

namespace {

QString shown(const QJsonValue &v)
{
    QString text = AuditText::value(v);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &what, const Fields &fields, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed on another workstation"));
    setMinimumWidth(640);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("While you were editing, another workstation saved a change to %1.").arg(what), this);
    title->setObjectName(QStringLiteral("conflictTitle"));
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(
        makeMutedLabel(tr("Nothing has been overwritten. Compare both versions, choose, then save."), this));

    if (!fields.conflicts.isEmpty()) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        const auto header = [this](const QString &text) {
            auto *l = new QLabel(text, this);
            l->setProperty("role", QStringLiteral("columnTitle"));
            return l;
        };
        grid->addWidget(header(tr("Changed on both sides")), 0, 0);
        grid->addWidget(header(tr("Your entry")), 0, 1);
        grid->addWidget(header(tr("The other workstation's")), 0, 2);
        int row = 1;
        for (const QString &key : fields.conflicts) {
            auto *group = new QButtonGroup(this);
            m_choices.insert(key, group);
            grid->addWidget(new QLabel(AuditText::fieldLabel(key), this), row, 0, Qt::AlignTop);
            const auto option = [&](Side side, const QString &text, int column) {
                auto *radio = new QRadioButton(text, this);
                radio->setObjectName(QStringLiteral("%1_%2").arg(key, side == Mine     ? QStringLiteral("mine")
                                                                      : side == Theirs ? QStringLiteral("theirs")
                                                                                       : QStringLiteral("both")));
                group->addButton(radio, side);
                grid->addWidget(radio, row, column, Qt::AlignTop);
                return radio;
            };
            option(Mine, shown(fields.value(key, Mine)), 1)->setChecked(true);
            option(Theirs, shown(fields.value(key, Theirs)), 2);
            if (fields.canKeepBoth(key)) {
                ++row;
                option(Both, tr("Keep both (theirs, then yours)"), 1);
            }
            ++row;
        }
        layout->addLayout(grid);
    }

    const auto listed = [&](const QStringList &keys, Side side, const QString &heading, const QString &name) {
        if (keys.isEmpty())
            return;
        QStringList lines;
        for (const QString &key : keys)
            lines << QStringLiteral("• ") +
                         tr("%1: %2").arg(AuditText::fieldLabel(key), shown(fields.value(key, side)));
        auto *label = new QLabel(heading + QLatin1Char('\n') + lines.join(QLatin1Char('\n')), this);
        label->setObjectName(name);
        label->setWordWrap(true);
        layout->addWidget(label);
    };
    listed(fields.changedByThem, Theirs, tr("Kept as the other workstation saved it:"), QStringLiteral("keptTheirs"));
    listed(fields.changedByMe, Mine, tr("Kept as you typed it:"), QStringLiteral("keptMine"));

    auto *buttons = new QDialogButtonBox(this);
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("saveMergedButton"));
    save->setProperty("role", QStringLiteral("primary"));
    save->setDefault(true);
    buttons->addButton(save, QDialogButtonBox::AcceptRole);
    QPushButton *review = buttons->addButton(tr("&Back to the form with these values"), QDialogButtonBox::ActionRole);
    review->setObjectName(QStringLiteral("reviewButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(save, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Save;
        QDialog::accept();
    });
    connect(review, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::Review;
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

ConflictDialog::Side ConflictDialog::choice(const QString &key) const
{
    const QButtonGroup *group = m_choices.value(key);
    return group && group->checkedId() >= 0 ? Side(group->checkedId()) : Mine;
}

} // namespace smr::ui
