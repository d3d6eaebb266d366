// OrderRecord (being written)
#include "orders/OrderRecord.h"
