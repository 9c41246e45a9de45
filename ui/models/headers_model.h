#pragma once

#include "models/model_roles.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>

namespace hinterscope {

// The header fields of one message head (a request's or a response's), in the order they were on the wire.
class HeadersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Field {
        QString name;
        QString value;
        bool malformed = false; // no colon, or whitespace in the name: shown, never silently dropped
    };

    explicit HeadersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The raw head as sent or received: a start line, "Name: value" lines, up to the blank line. Bytes after
    // the blank line are ignored; at most wire::kMaxHeadBytes are read. Resets the model.
    void setRawHead(const QByteArray& head);
    void clear();

    QString startLine() const { return startLine_; }
    const QList<Field>& fields() const { return fields_; }
    // The first field of that name (case-insensitive), or a null string.
    QString value(QStringView name) const;

    static QList<Field> parse(const QByteArray& head, QString* startLine = nullptr);

private:
    QString startLine_;
    QList<Field> fields_;
};

} // namespace hinterscope
