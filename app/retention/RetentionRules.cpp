// RetentionRules (being written)
#include "retention/RetentionRules.h"
