#include "ui/documents/DocumentEditorDialog.h"

#include "core/Store.h"
#include "core/audit/AuditEntry.h"
#include "core/common/Dates.h"
#include "core/documents/DocumentComposer.h"
#include "ui/common/Labels.h"
#include "ui/common/Prompter.h"
#include "ui/documents/ChartTextObject.h"
#include "ui/documents/DocumentPreview.h"
#include "ui/documents/DocumentRenderer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextEdit>
#include <QVBoxLayout>

namespace smr::ui {

DocumentEditorDialog::DocumentEditorDialog(Store &store, Prompter &prompter, const DocumentSubject &subject,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_prompter(prompter), m_subject(subject)
{
    setObjectName(QStringLiteral("documentEditor"));
    buildUi();
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(400);
    connect(&m_previewTimer, &QTimer::timeout, this, &DocumentEditorDialog::refreshPreview);
    // The letterhead and the signature apply at once: set here, or on another workstation.
    connect(&store.documents(), &DocumentService::letterheadChanged, this, &DocumentEditorDialog::refreshSettings);
    connect(&store.documents(), &DocumentService::signatureChanged, this, &DocumentEditorDialog::refreshSettings);
    connect(&store.changes(), &ChangeWatcher::changed, this, [this](const ChangeSet &changes) {
        if (changes.everything || changes.touches(audit::DocumentSettings))
            refreshSettings();
    });
}

DocumentEditorDialog::~DocumentEditorDialog() = default;

QString DocumentEditorDialog::kindLabel() const
{
    return kDocumentKinds.label(m_subject.kind);
}

void DocumentEditorDialog::buildUi()
{
    setWindowTitle(kindLabel());
    resize(1280, 860);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    m_text = new QTextEdit(this);
    m_text->setObjectName(QStringLiteral("documentText"));
    m_text->setAcceptRichText(true);
    QFont font = m_text->document()->defaultFont();
    font.setPointSizeF(10);
    m_text->document()->setDefaultFont(font);
    m_charts = new ChartTextObject(QJsonObject(), this);
    ChartTextObject::install(*m_text->document(), m_charts);
    m_preview = new DocumentPreview(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatus"));
    m_status->setWordWrap(true);
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("documentPages"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleLabel = new QLabel(tr("&Title"), left);
    titleLabel->setBuddy(m_title);
    leftLayout->addWidget(titleLabel);
    leftLayout->addWidget(m_title);
    auto *textLabel = new QLabel(tr("Te&xt (generated from the record: complete it, correct it)"), left);
    textLabel->setBuddy(m_text);
    leftLayout->addWidget(textLabel);
    leftLayout->addWidget(m_text, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pages);
    rightLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_regenerate = new QPushButton(tr("&Write again from the record"), this);
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    auto *pdf = new QPushButton(tr("Save as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setToolTip(tr("Prints the document (Ctrl+P)"));
    m_finalise = new QPushButton(tr("&Finalise…"), this);
    m_finalise->setObjectName(QStringLiteral("finaliseButton"));
    m_newVersion = new QPushButton(tr("&New version"), this);
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_regenerate, pdf, printButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_newVersion, m_finalise, close})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DocumentEditorDialog::saveDraft);
    connect(m_regenerate, &QPushButton::clicked, this, &DocumentEditorDialog::regenerate);
    connect(pdf, &QPushButton::clicked, this, &DocumentEditorDialog::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &DocumentEditorDialog::print);
    connect(m_finalise, &QPushButton::clicked, this, &DocumentEditorDialog::finalise);
    connect(m_newVersion, &QPushButton::clicked, this, &DocumentEditorDialog::startNewVersion);
    connect(close, &QPushButton::clicked, this, &DocumentEditorDialog::reject);
    new QShortcut(QKeySequence::Save, this, this, [this] { saveDraft(); });
    new QShortcut(QKeySequence::Print, this, this, [this] { print(); });
    const auto edited = [this] {
        if (m_loading)
            return;
        m_dirty = true;
        updateState();
        m_previewTimer.start();
    };
    connect(m_text, &QTextEdit::textChanged, this, edited);
    connect(m_title, &QLineEdit::textEdited, this, edited);
}

void DocumentEditorDialog::open(Store &store, Prompter &prompter, const DocumentSubject &subject, QWidget *parent)
{
    DocumentEditorDialog editor(store, prompter, subject, parent);
    if (const Status loaded = editor.load(); !loaded) {
        prompter.showError(parent, kDocumentKinds.label(subject.kind), loaded.failure().text());
        return;
    }
    editor.exec();
}

Status DocumentEditorDialog::load()
{
    const Result<std::optional<DocumentDraft>> draft = m_store.documents().draft(m_subject);
    if (!draft)
        return draft.failure();
    if (draft->has_value()) {
        m_draft = **draft;
        setContent((*draft)->content);
    } else {
        const Result<DocumentContent> written = DocumentComposer::compose(m_store, m_subject);
        if (!written)
            return written.failure();
        setContent(*written);
    }
    refreshSettings();
    return Done{};
}

void DocumentEditorDialog::showVersion(const FinalDocument &version)
{
    m_version = version;
    setContent(version.content);
    m_content = version.content; // its own letterhead and signature, as finalised
    refreshPreview();
}

void DocumentEditorDialog::setContent(const DocumentContent &content)
{
    m_loading = true;
    m_content = content;
    m_charts->setCharts(content.charts);
    m_title->setText(content.title);
    m_text->setHtml(content.html);
    m_loading = false;
    m_dirty = false;
    updateState();
}

DocumentContent DocumentEditorDialog::content() const
{
    DocumentContent c = m_content;
    c.title = m_title->text().trimmed();
    c.html = m_text->toHtml();
    return c;
}

int DocumentEditorDialog::pageCount() const
{
    return m_preview->pageCount();
}

void DocumentEditorDialog::refreshSettings()
{
    if (m_version)
        return; // a finalised version keeps what it was finalised with
    if (const Result<Letterhead> l = m_store.documents().letterhead())
        m_content.letterhead = *l;
    m_content.signature = SignatureBlock{};
    if (DocumentComposer::isSigned(m_subject.kind) && m_store.session().actor()) {
        const Actor &actor = *m_store.session().actor();
        if (const Result<SignatureBlock> s = m_store.documents().signature(actor.username); s && !s->isEmpty())
            m_content.signature = *s;
        else
            m_content.signature.name = actor.displayName;
    }
    updateState();
    refreshPreview();
}

void DocumentEditorDialog::refreshPreview()
{
    m_previewTimer.stop();
    m_preview->show(content());
    m_pages->setText(tr("%n page(s), as printed", nullptr, m_preview->pageCount()));
}

void DocumentEditorDialog::updateState()
{
    const bool readOnly = isReadOnly();
    m_title->setReadOnly(readOnly);
    m_text->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_regenerate->setVisible(!readOnly);
    m_finalise->setVisible(!readOnly);
    m_newVersion->setVisible(readOnly);
    // Everyone may read, adjust and print; saving and finalising say which right they need (the
    // core refuses them anyway).
    const Session &session = m_store.session();
    allowIf(m_save, session, Right::WriteDocuments, tr("Saves the text as a draft (Ctrl+S)"));
    allowIf(m_newVersion, session, Right::WriteDocuments, tr("Starts the next version from this one's text"));
    allowIf(m_finalise, session, Right::SignDocuments,
            tr("Stores this version with its PDF; it will never change. A new version can follow."));
    QString status;
    if (m_version) {
        status = tr("Version %1, finalised by %2 on %3: it never changes.")
                     .arg(m_version->documentVersion)
                     .arg(m_version->finalizedBy, dates::display(m_version->finalizedAt.toLocalTime().date()));
    } else if (m_dirty) {
        status = tr("Changes not saved yet.");
    } else if (m_draft) {
        status = tr("Draft saved on %1 at %2.")
                     .arg(dates::display(m_draft->updatedAt.toLocalTime().date()),
                          m_draft->updatedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    } else {
        status = tr("Written from the record; not saved yet.");
    }
    if (!m_version && m_content.letterhead.isEmpty())
        status += QLatin1Char(' ') + tr("No letterhead is set: File › Settings › Letterhead.");
    m_status->setText(status);
    setWindowTitle(m_dirty ? QStringLiteral("%1 *").arg(kindLabel()) : kindLabel());
}

bool DocumentEditorDialog::saveDraft()
{
    if (isReadOnly())
        return false;
    const Result<DocumentDraft> saved =
        m_store.documents().saveDraft(m_subject, content(), m_draft ? m_draft->version : 0);
    if (!saved) {
        m_prompter.showError(this, tr("Draft not saved"), saved.failure().text());
        return false;
    }
    m_draft = *saved;
    m_dirty = false;
    updateState();
    return true;
}

void DocumentEditorDialog::regenerate()
{
    if (!m_prompter.confirm(this, tr("Write again from the record"),
                            tr("The text will be written again from the record as it is now: what you typed in "
                               "it is replaced. Go on?"),
                            tr("Write again")))
        return;
    const Result<DocumentContent> written = DocumentComposer::compose(m_store, m_subject);
    if (!written) {
        m_prompter.showError(this, tr("Nothing written"), written.failure().text());
        return;
    }
    DocumentContent c = *written;
    c.letterhead = m_content.letterhead;
    c.signature = m_content.signature;
    setContent(c);
    m_dirty = true;
    updateState();
    refreshPreview();
}

bool DocumentEditorDialog::exportPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1.pdf").arg(m_title->text().trimmed().replace(QLatin1Char('/'), QLatin1Char('-')));
    const std::optional<QString> path =
        m_prompter.askSaveFile(this, tr("Save as PDF"), QDir(folder).filePath(name), tr("PDF documents (*.pdf)"));
    if (!path)
        return false;
    // A finalised version is saved as it was finalised, byte for byte.
    const QByteArray bytes =
        m_version && !m_version->pdf.isEmpty() ? m_version->pdf : DocumentRenderer(content()).pdf().bytes;
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_prompter.showError(
            this, tr("PDF not saved"),
            tr("The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(*path), file.errorString()));
        return false;
    }
    return true;
}

void DocumentEditorDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(m_title->text());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DocumentRenderer(content()).print(printer);
}

bool DocumentEditorDialog::finalise()
{
    if (isReadOnly())
        return false;
    const int next = [this] {
        const Result<QList<FinalDocument>> versions = m_store.documents().versions(m_subject);
        return versions && !versions->isEmpty() ? versions->first().documentVersion + 1 : 1;
    }();
    if (!m_prompter.confirm(this, tr("Finalise"),
                            tr("Finalise version %1 of the %2? It is stored with its PDF and never changes again; a "
                               "new version can follow.")
                                .arg(next)
                                .arg(kDocumentKinds.shortLabel(m_subject.kind)),
                            tr("Finalise")))
        return false;
    const DocumentContent c = content();
    const DocumentRenderer::Pdf pdf = DocumentRenderer(c).pdf();
    const Result<FinalDocument> stored = m_store.documents().finalise(m_subject, c, pdf.bytes, pdf.pages);
    if (!stored) {
        m_prompter.showError(this, tr("Not finalised"), stored.failure().text());
        return false;
    }
    m_dirty = false;
    m_draft.reset();
    emit finalised(*stored);
    m_prompter.showInformation(this, tr("Finalised"),
                               tr("Version %1 of the %2 is finalised (%n page(s)).", nullptr, stored->pages)
                                   .arg(stored->documentVersion)
                                   .arg(kDocumentKinds.shortLabel(m_subject.kind)));
    accept();
    return true;
}

void DocumentEditorDialog::startNewVersion()
{
    if (!m_version)
        return;
    DocumentContent c = m_version->content;
    m_version.reset();
    const Result<std::optional<DocumentDraft>> draft = m_store.documents().draft(m_subject);
    if (draft && draft->has_value())
        m_draft = **draft; // saving replaces the draft already started
    setContent(c);
    m_dirty = true;
    refreshSettings();
}

void DocumentEditorDialog::reject()
{
    // Changes that cannot be saved (without the right to write documents) are not asked about.
    if (m_dirty && !isReadOnly() && m_store.session().can(Right::WriteDocuments) &&
        !m_prompter.mayLeave(this, kDocumentKinds.shortLabel(m_subject.kind), [this] { return saveDraft(); }))
        return;
    QDialog::reject();
}

} // namespace smr::ui
