#include "ui/documents/DocumentsTab.h"

#include "core/Store.h"
#include "core/common/Dates.h"
#include "ui/common/Prompter.h"
#include "ui/documents/DocumentEditorDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace smr::ui {

namespace {
constexpr int DraftRole = Qt::UserRole + 1;   // the document kind's code of a draft
constexpr int VersionRole = Qt::UserRole + 2; // the id of a finalised version
} // namespace

DocumentsTab::DocumentsTab(Store &store, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No document for this stay yet."), this))
    , m_admission(new QPushButton(tr("&Admission report…"), this))
    , m_letter(new QPushButton(tr("&Discharge letter…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
{
    setObjectName(QStringLiteral("documentsTab"));
    m_list->setObjectName(QStringLiteral("documentList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Document"), tr("Version"), tr("Date"), tr("By")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_empty->setObjectName(QStringLiteral("documentsEmpty"));
    m_admission->setObjectName(QStringLiteral("writeAdmissionReport"));
    m_letter->setObjectName(QStringLiteral("writeDischargeLetter"));
    m_open->setObjectName(QStringLiteral("openDocument"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_admission);
    buttons->addWidget(m_letter);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);

    connect(m_admission, &QPushButton::clicked, this, [this] { write(DocumentKind::AdmissionReport); });
    connect(m_letter, &QPushButton::clicked, this, [this] { write(DocumentKind::DischargeLetter); });
    connect(m_open, &QPushButton::clicked, this, &DocumentsTab::openSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &DocumentsTab::openSelected);
    connect(&store.documents(), &DocumentService::documentsChanged, this, [this](const DocumentSubject &s) {
        if (m_stay && s.stay == *m_stay)
            reload();
    });
}

void DocumentsTab::show(const std::optional<Stay> &stay)
{
    m_stay = stay ? std::optional<StayId>(stay->id) : std::nullopt;
    reload();
}

void DocumentsTab::reload()
{
    m_list->clear();
    const bool hasStay = m_stay.has_value();
    m_admission->setEnabled(hasStay);
    m_letter->setEnabled(hasStay);
    if (!hasStay) {
        m_empty->setText(tr("No stay: documents are written for a stay."));
        m_empty->setVisible(true);
        m_open->setEnabled(false);
        return;
    }
    if (const Result<QList<DocumentDraft>> drafts = m_store.documents().draftsOfStay(*m_stay)) {
        for (const DocumentDraft &d : *drafts) {
            auto *item = new QTreeWidgetItem(
                m_list, {d.content.title, tr("draft"), dates::display(d.updatedAt.toLocalTime().date()), d.author});
            item->setData(0, DraftRole, kDocumentKinds.code(d.subject.kind));
        }
    }
    if (const Result<QList<FinalDocument>> versions = m_store.documents().ofStay(*m_stay)) {
        for (const FinalDocument &d : *versions) {
            auto *item =
                new QTreeWidgetItem(m_list, {d.title, tr("version %1").arg(d.documentVersion),
                                             dates::display(d.finalizedAt.toLocalTime().date()), d.finalizedBy});
            item->setData(0, VersionRole, d.id.value);
        }
    }
    m_empty->setText(tr("No document for this stay yet."));
    m_empty->setVisible(m_list->topLevelItemCount() == 0);
    m_open->setEnabled(m_list->topLevelItemCount() > 0);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void DocumentsTab::write(DocumentKind kind)
{
    if (!m_stay)
        return;
    DocumentEditorDialog::open(m_store, m_prompter, DocumentSubject::ofStay(kind, *m_stay), this);
}

void DocumentsTab::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_stay)
        return;
    if (const std::optional<DocumentKind> kind = kDocumentKinds.parse(item->data(0, DraftRole).toString())) {
        write(*kind);
        return;
    }
    const Result<FinalDocument> version = m_store.documents().find(DocumentId(item->data(0, VersionRole).toLongLong()));
    if (!version) {
        m_prompter.showError(this, tr("Documents"), version.failure().text());
        return;
    }
    DocumentEditorDialog viewer(m_store, m_prompter, version->subject, this);
    viewer.showVersion(*version);
    viewer.exec();
}

} // namespace smr::ui
