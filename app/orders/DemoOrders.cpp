// DemoOrders (being written)
#include "orders/DemoOrders.h"
