#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace smr::ui {

// A numeric keypad for typing a value by touch, in the page itself (never a small dialog): the
// value being typed in large type above twelve keys (0–9, the decimal comma when the value takes
// decimals, ⌫), then "Effacer" and "OK". A physical keyboard types into it as well. A masked
// keypad (a PIN) shows dots.
//
// Keys are named for tests: key_0 … key_9, key_comma, key_back, key_clear, key_ok.
class Keypad : public QWidget
{
    Q_OBJECT

public:
    explicit Keypad(QWidget *parent = nullptr);

    // 0: whole numbers (the comma key is disabled).
    void setDecimals(int decimals);
    int decimals() const { return m_decimals; }
    void setMaxLength(int length) { m_maxLength = length; }
    void setMasked(bool masked);
    // What is asked, shown above the value ("FC après (/min)").
    void setPrompt(const QString &prompt);
    void setOkText(const QString &text);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void clear() { setText(QString()); }
    // The value typed (comma or point), nothing when empty or not a number.
    std::optional<double> value() const;
    // `value` written as the keypad shows it (the locale's decimal comma, `decimals` places at most).
    static QString format(double value, int decimals);

    QPushButton *key(const QString &name) const { return m_keys.value(name); }

signals:
    void edited(const QString &text);
    // OK pressed (or Enter typed).
    void accepted(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPushButton *addKey(const QString &name, const QString &label);
    void type(const QString &what);
    void refresh();

    QLabel *m_prompt;
    QLabel *m_display;
    QHash<QString, QPushButton *> m_keys;
    QString m_text;
    int m_decimals = 0;
    int m_maxLength = 8;
    bool m_masked = false;
};

} // namespace smr::ui
