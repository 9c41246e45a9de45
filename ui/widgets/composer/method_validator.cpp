#include "widgets/composer/method_validator.h"

#include "widgets/composer/http_tokens.h"

namespace hinterscope {

QValidator::State MethodValidator::validate(QString& input, int& position) const
{
    Q_UNUSED(position);
    if (input.isEmpty())
        return Intermediate;
    const QString problem = http_tokens::methodProblem(input);
    if (problem.isEmpty())
        return Acceptable;
    if (onRejected)
        onRejected(problem);
    return Invalid;
}

} // namespace hinterscope
