// PiiField (being written)
#include "orders/PiiField.h"
