#include "interchange/imported_collection.h"

namespace hinterscope {
namespace {

void collect(const QList<ImportedItem>& items, QList<RequestSpec>* requests)
{
    for (const ImportedItem& item : items) {
        if (item.isFolder)
            collect(item.children, requests);
        else
            requests->append(item.request);
    }
}

} // namespace

int ImportedCollection::requestCount() const
{
    return int(allRequests().size());
}

QList<RequestSpec> ImportedCollection::allRequests() const
{
    QList<RequestSpec> requests;
    collect(items, &requests);
    return requests;
}

QString ReportEntry::toString() const
{
    return where.isEmpty() ? message : QStringLiteral("%1: %2").arg(where, message);
}

bool MappingReport::mentions(const QString& text) const
{
    for (const ReportEntry& entry : entries)
        if (entry.where.contains(text) || entry.message.contains(text))
            return true;
    return false;
}

QStringList MappingReport::lines() const
{
    QStringList result;
    for (const ReportEntry& entry : entries)
        result.append(entry.toString());
    return result;
}

QString ImportError::toString() const
{
    QString location = source;
    if (line > 0) {
        if (!location.isEmpty())
            location += QLatin1Char(':');
        location += QString::number(line);
        if (column > 0)
            location += QLatin1Char(':') + QString::number(column);
    }
    return location.isEmpty() ? message : QStringLiteral("%1: %2").arg(location, message);
}

} // namespace hinterscope
