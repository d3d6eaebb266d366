// OrderFileParser (being written)
#include "orders/import/OrderFileParser.h"
