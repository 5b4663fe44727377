#include "JsonFieldReader.h"

namespace qadesk {

QString kindName(JsonReader::Kind kind)
{
    switch (kind) {
    case JsonReader::Kind::Null:
        return QCoreApplication::translate("Import", "null");
    case JsonReader::Kind::False:
    case JsonReader::Kind::True:
        return QCoreApplication::translate("Import", "true/false");
    case JsonReader::Kind::Number:
        return QCoreApplication::translate("Import", "a number");
    case JsonReader::Kind::String:
        return QCoreApplication::translate("Import", "text");
    case JsonReader::Kind::Array:
        return QCoreApplication::translate("Import", "an array");
    case JsonReader::Kind::Object:
        return QCoreApplication::translate("Import", "an object");
    }
    return QString();
}

} // namespace qadesk
