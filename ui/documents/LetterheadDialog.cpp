#include "ui/documents/LetterheadDialog.h"

#include "core/Store.h"
#include "ui/common/Prompter.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace smr::ui {

LetterheadDialog::LetterheadDialog(Store &store, Prompter &prompter, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_prompter(prompter)
    , m_name(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_finess(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_footer(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_signName(new QLineEdit(this))
    , m_qualification(new QLineEdit(this))
    , m_rpps(new QLineEdit(this))
    , m_extra(new QLineEdit(this))
    , m_errors(new QLabel(this))
{
    setObjectName(QStringLiteral("letterheadDialog"));
    setWindowTitle(tr("Letterhead and signature"));
    m_canSetLetterhead = bool(store.session().require(Right::ManageLetterhead));
    m_canSign = bool(store.session().require(Right::SignDocuments));
    if (const Result<Letterhead> l = store.documents().letterhead())
        m_letterhead = *l;
    if (m_canSign && store.session().actor())
        if (const Result<SignatureBlock> s = store.documents().signature(store.session().actor()->username))
            m_signature = *s;

    const auto named = [](QWidget *w, const char *name) { w->setObjectName(QLatin1String(name)); };
    named(m_name, "letterheadName");
    named(m_address, "letterheadAddress");
    named(m_finess, "letterheadFiness");
    named(m_phone, "letterheadPhone");
    named(m_email, "letterheadEmail");
    named(m_footer, "letterheadFooter");
    named(m_logo, "letterheadLogo");
    named(m_signName, "signatureName");
    named(m_qualification, "signatureQualification");
    named(m_rpps, "signatureRpps");
    named(m_extra, "signatureExtra");
    named(m_errors, "letterheadErrors");
    m_name->setText(m_letterhead.name);
    m_address->setPlainText(m_letterhead.address);
    m_address->setFixedHeight(70);
    m_finess->setText(m_letterhead.finess);
    m_finess->setPlaceholderText(tr("9 characters, e.g. 690000123"));
    m_phone->setText(m_letterhead.phone);
    m_email->setText(m_letterhead.email);
    m_footer->setText(m_letterhead.footer);
    m_footer->setPlaceholderText(tr("e.g. Confidential — medical secrecy"));
    m_signName->setText(m_signature.name.isEmpty() && store.session().actor() ? store.session().actor()->displayName
                                                                              : m_signature.name);
    m_qualification->setText(m_signature.qualification);
    m_qualification->setPlaceholderText(tr("e.g. Physical medicine and rehabilitation"));
    m_rpps->setText(m_signature.rpps);
    m_rpps->setPlaceholderText(tr("11 digits"));
    m_extra->setText(m_signature.extra);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *letterhead = new QGroupBox(tr("Establishment's letterhead (every document)"), this);
    auto *form = new QFormLayout(letterhead);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&FINESS number"), m_finess);
    form->addRow(tr("&Telephone"), m_phone);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("F&ooter"), m_footer);
    auto *logoRow = new QHBoxLayout;
    auto *chooseLogo = new QPushButton(tr("Choose a &logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    auto *removeLogo = new QPushButton(tr("&Remove the logo"), this);
    removeLogo->setObjectName(QStringLiteral("removeLogo"));
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo"), logoRow);
    letterhead->setEnabled(m_canSetLetterhead);
    if (!m_canSetLetterhead)
        letterhead->setToolTip(tr("The secretariat or an administrator sets the letterhead."));

    auto *signature = new QGroupBox(tr("My signature block (letters and reports I sign)"), this);
    auto *signForm = new QFormLayout(signature);
    signForm->addRow(tr("Na&me"), m_signName);
    signForm->addRow(tr("&Qualification"), m_qualification);
    signForm->addRow(tr("&RPPS number"), m_rpps);
    signForm->addRow(tr("Other &line"), m_extra);
    signature->setEnabled(m_canSign);
    signature->setVisible(m_canSign);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(letterhead);
    layout->addWidget(signature);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(chooseLogo, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_letterhead.logo.clear();
        showLogo();
    });
    showLogo();
}

void LetterheadDialog::showLogo()
{
    const QImage image = QImage::fromData(m_letterhead.logo);
    if (image.isNull()) {
        m_logo->setPixmap(QPixmap());
        m_logo->setText(tr("No logo"));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(image.scaledToHeight(40, Qt::SmoothTransformation)));
}

void LetterheadDialog::chooseLogo()
{
    const std::optional<QString> path =
        m_prompter.askOpenFile(this, tr("Logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                               tr("Images (*.png *.jpg *.jpeg)"));
    if (!path)
        return;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompter.showError(this, tr("Logo"), tr("%1 cannot be read: %2").arg(*path, file.errorString()));
        return;
    }
    m_letterhead.logo = file.read(Letterhead::MaxLogoBytes + 1);
    showLogo();
}

bool LetterheadDialog::save()
{
    QStringList errors;
    if (m_canSetLetterhead) {
        Letterhead l = m_letterhead;
        l.name = m_name->text().trimmed();
        l.address = m_address->toPlainText().trimmed();
        l.finess = m_finess->text().trimmed().toUpper();
        l.phone = m_phone->text().trimmed();
        l.email = m_email->text().trimmed();
        l.footer = m_footer->text().trimmed();
        const Result<Letterhead> saved = m_store.documents().setLetterhead(l);
        if (saved)
            m_letterhead = *saved;
        else
            errors << saved.failure().text();
    }
    if (m_canSign) {
        SignatureBlock s = m_signature;
        s.name = m_signName->text().trimmed();
        s.qualification = m_qualification->text().trimmed();
        s.rpps = m_rpps->text().trimmed();
        s.extra = m_extra->text().trimmed();
        const Result<SignatureBlock> saved = m_store.documents().setSignature(s);
        if (saved)
            m_signature = *saved;
        else
            errors << saved.failure().text();
    }
    m_errors->setText(errors.join(QLatin1Char('\n')));
    return errors.isEmpty();
}

} // namespace smr::ui
