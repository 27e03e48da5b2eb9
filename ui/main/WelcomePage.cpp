#include "ui/main/WelcomePage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace smr::ui {

WelcomePage::WelcomePage(const QString &databaseLocation, int demoPatients, QWidget *parent)
    : QWidget(parent)
    , m_create(new QPushButton(tr("Create the first patient"), this))
    , m_demo(new QPushButton(tr("Load demonstration data"), this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to SMR Desk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    auto *text = new QLabel(tr("No patient is recorded in this database yet. Create the first patient to open "
                               "their stay, or explore SMR Desk with %n fictitious patient(s) of a "
                               "rehabilitation unit.",
                               nullptr, demoPatients),
                            this);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("welcomeText"));
    m_create->setObjectName(QStringLiteral("createFirstPatientButton"));
    m_create->setProperty("role", QStringLiteral("primary"));
    m_create->setToolTip(tr("Ctrl+N"));
    m_demo->setObjectName(QStringLiteral("loadDemoButton"));
    for (QPushButton *b : {m_create, m_demo})
        b->setMinimumHeight(48);
    auto *where = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databaseLocation)), this);
    where->setProperty("role", QStringLiteral("muted"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_demo);
    auto *column = new QVBoxLayout;
    column->setContentsMargins(32, 28, 32, 28);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(where);
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setAttribute(Qt::WA_StyledBackground, true);
    card->setLayout(column);
    card->setFixedWidth(680);

    // Stretches rather than an alignment flag: an aligned item is given its size hint, and the
    // word-wrapped text would lose the height it needs at the card's width.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createPatientRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::loadDemoRequested);
}

} // namespace smr::ui
