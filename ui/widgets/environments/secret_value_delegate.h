#pragma once

// Edits a secret's value with the characters hidden (QLineEdit::Password) unless the table reveals secrets,
// so typing a token in a screen-shared window does not show it.
#include <QStyledItemDelegate>

namespace hinterscope {

class SecretValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SecretValueDelegate(QObject* parent = nullptr);

    void setReveal(bool reveal) { reveal_ = reveal; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    bool reveal_ = false;
};

} // namespace hinterscope
