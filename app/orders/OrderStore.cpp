// OrderStore (being written)
#include "orders/OrderStore.h"
