// Retention (being written)
#include "retention/Retention.h"
