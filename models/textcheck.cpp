#include "textcheck.h"

#include <algorithm>

namespace traceo {

void lineAndColumn(const QString& text, qsizetype pos, int& line, int& column)
{
    pos = std::clamp<qsizetype>(pos, 0, text.size());
    const qsizetype lineStart = pos == 0 ? 0 : text.lastIndexOf(u'\n', pos - 1) + 1;
    line = int(QStringView(text).left(lineStart).count(u'\n')) + 1;
    column = int(pos - lineStart) + 1;
}

} // namespace traceo
