// AccountState: see the header.
#include "AccountState.h"

#include "vault/Vault.h"

namespace dpp::ui {

AccountState AccountState::read(Vault& vault)
{
    AccountState state;
    const Session& session = vault.session();
    // One's own record needs no permission (UserAccounts::find), also while a gate is set.
    if (!session.isService()) {
        Result<UserRecord> own = vault.users().find(session.name());
        if (own)
            state.record = std::move(own).value();
    }
    if (state.record) {
        state.secondFactorEnrolled = state.record->secondFactorEnrolled;
        if (!state.secondFactorEnrolled)
            state.graceEnds = state.record->secondFactorGraceEnds;
        return state;
    }
    // Without the record (a read that failed): a person who signed in without a code during the grace period,
    // or who is held at enrollment, has none; everyone else signed in with one.
    state.secondFactorEnrolled
        = !session.secondFactorGraceEnds().isValid() && session.gate() != SessionGate::SecondFactorEnrollment;
    if (!state.secondFactorEnrolled)
        state.graceEnds = session.secondFactorGraceEnds();
    return state;
}

} // namespace dpp::ui
