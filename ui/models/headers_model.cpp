#include "models/headers_model.h"

#include "bridge/wire_heads.h"

#include <QStringDecoder>

namespace hinterscope {

namespace {

// Field values are octets; most are ASCII, some servers send UTF-8, the rest is taken as Latin-1.
QString decode(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

HeadersModel::HeadersModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int HeadersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(fields_.size());
}

int HeadersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : HeadersColumn::Count;
}

QVariant HeadersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field& field = fields_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == HeadersColumn::Name ? field.name : field.value;
    case HeadersRole::Name:
        return field.name;
    case HeadersRole::Value:
        return field.value;
    case HeadersRole::Malformed:
        return field.malformed;
    default:
        return {};
    }
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == HeadersColumn::Name ? tr("Name") : tr("Value");
}

QList<HeadersModel::Field> HeadersModel::parse(const QByteArray& head, QString* startLine)
{
    QList<Field> fields;
    const QByteArrayView all = QByteArrayView(head).first(std::min<qsizetype>(head.size(), wire::kMaxHeadBytes));
    qsizetype position = 0;
    bool first = true;
    while (position < all.size()) {
        qsizetype end = all.indexOf('\n', position);
        const qsizetype next = end < 0 ? all.size() : end + 1;
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(position, end - position);
        position = next;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // the blank line ends the head
        if (first) {
            first = false;
            if (startLine != nullptr)
                *startLine = decode(line);
            continue;
        }
        if ((line.front() == ' ' || line.front() == '\t') && !fields.isEmpty()) {
            // obs-fold: a continuation of the previous value
            fields.last().value += QLatin1Char(' ');
            fields.last().value += decode(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        Field field;
        if (colon <= 0) {
            field.name = decode(line);
            field.malformed = true;
        } else {
            const QByteArrayView name = line.first(colon);
            field.name = decode(name);
            field.value = decode(line.sliced(colon + 1).trimmed());
            field.malformed = name.contains(' ') || name.contains('\t');
        }
        fields.append(std::move(field));
    }
    return fields;
}

void HeadersModel::setRawHead(const QByteArray& head)
{
    beginResetModel();
    startLine_.clear();
    fields_ = parse(head, &startLine_);
    endResetModel();
}

void HeadersModel::clear()
{
    beginResetModel();
    startLine_.clear();
    fields_.clear();
    endResetModel();
}

QString HeadersModel::value(QStringView name) const
{
    for (const Field& field : fields_) {
        if (!field.malformed && field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

} // namespace hinterscope
