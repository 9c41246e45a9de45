#include "widgets/composer/multipart_model.h"

#include "widgets/composer/http_tokens.h"
#include "widgets/composer/key_value_model.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

namespace hinterscope {

namespace {

bool hasLineBreakOrNul(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

} // namespace

MultipartModel::MultipartModel(QObject* parent)
    : RowListModel(parent)
{}

int MultipartModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : MultipartColumn::Count;
}

QString MultipartModel::problem(int row, int column) const
{
    if (row < 0 || row >= rows_.size())
        return {};
    const MultipartPart& part = rows_.at(row);
    switch (column) {
    case MultipartColumn::Name:
        if (part.name.isEmpty() && (!part.value.isEmpty() || part.isFile))
            return tr("The part has a value but no name.");
        if (hasLineBreakOrNul(part.name))
            return tr("A part name cannot contain CR, LF or NUL.");
        return {};
    case MultipartColumn::Value:
        if (part.isFile && part.value.isEmpty())
            return tr("Choose the file to send.");
        if (part.isFile && !QFileInfo(part.value).isFile())
            return tr("There is no file at this path.");
        return {};
    case MultipartColumn::ContentType:
        return http_tokens::headerValueProblem(part.contentType);
    case MultipartColumn::FileName:
        if (hasLineBreakOrNul(part.fileName))
            return tr("A file name cannot contain CR, LF or NUL.");
        return {};
    default:
        return {};
    }
}

QVariant MultipartModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = index.column();
    if (isPlaceholder(index.row())) {
        switch (role) {
        case Qt::DisplayRole:
            return column == MultipartColumn::Name ? tr("Add a part") : QVariant();
        case Qt::EditRole:
            return column == MultipartColumn::Name || column == MultipartColumn::Value ? QVariant(QString())
                                                                                       : QVariant();
        case Qt::ForegroundRole:
            return QBrush(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text));
        case ComposerRole::Placeholder:
            return true;
        default:
            return {};
        }
    }
    const MultipartPart& part = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case MultipartColumn::Name:
            return visibleControls(part.name);
        case MultipartColumn::Kind:
            return part.isFile ? tr("File") : tr("Text");
        case MultipartColumn::Value:
            return visibleControls(part.value);
        case MultipartColumn::ContentType:
            return visibleControls(part.contentType);
        case MultipartColumn::FileName:
            return visibleControls(part.fileName);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case MultipartColumn::Enabled:
            return part.enabled;
        case MultipartColumn::Name:
            return part.name;
        case MultipartColumn::Kind:
            return part.isFile;
        case MultipartColumn::Value:
            return part.value;
        case MultipartColumn::ContentType:
            return part.contentType;
        case MultipartColumn::FileName:
            return part.fileName;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column == MultipartColumn::Enabled)
            return part.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const QString why = problem(index.row(), column);
        if (!why.isEmpty())
            return why;
        if (column == MultipartColumn::ContentType && part.contentType.isEmpty())
            return part.isFile ? tr("Guessed from the file name") : tr("text/plain");
        if (column == MultipartColumn::FileName && part.isFile && part.fileName.isEmpty())
            return tr("The file's own name");
        return {};
    }
    default:
        return commonRowData(part, index.row(), column, role);
    }
}

QVariant MultipartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MultipartColumn::Name:
        return tr("Name");
    case MultipartColumn::Kind:
        return tr("Kind");
    case MultipartColumn::Value:
        return tr("Value or file");
    case MultipartColumn::ContentType:
        return tr("Content-Type");
    case MultipartColumn::FileName:
        return tr("File name");
    default:
        return QString();
    }
}

void MultipartModel::setParts(const QList<MultipartPart>& parts)
{
    replaceRows(rows_, parts);
}

void MultipartModel::setFile(int row, const QString& path)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (row < 0 || row > storedRowCount() || path.isEmpty())
        return;
    // Through setData, so the placeholder logic and edited() apply as for typing.
    setData(index(row, MultipartColumn::Value), path);
    setData(index(row, MultipartColumn::Kind), true);
}

bool MultipartModel::writeCell(int row, int column, const QVariant& value, int role)
{
    MultipartPart& part = rows_[row];
    if (column == MultipartColumn::Enabled)
        return writeEnabled(part, value, role);
    if (role != Qt::EditRole)
        return false;
    if (column == MultipartColumn::Kind) {
        const bool isFile = value.toBool();
        if (isFile == part.isFile)
            return false;
        part.isFile = isFile;
        return true;
    }
    QString* field = nullptr;
    switch (column) {
    case MultipartColumn::Name:
        field = &part.name;
        break;
    case MultipartColumn::Value:
        field = &part.value;
        break;
    case MultipartColumn::ContentType:
        field = &part.contentType;
        break;
    case MultipartColumn::FileName:
        field = &part.fileName;
        break;
    default:
        return false;
    }
    const QString text = value.toString();
    if (*field == text)
        return false;
    *field = text;
    return true;
}

Qt::ItemFlags MultipartModel::storedFlags(int, int column) const
{
    if (column == MultipartColumn::Enabled)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool MultipartModel::placeholderEditable(int column) const
{
    return column == MultipartColumn::Name || column == MultipartColumn::Value;
}

} // namespace hinterscope
