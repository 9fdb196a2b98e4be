namespace Qingmeng.Approval.Model;

/// <summary>
/// The last investment agreement number given in a year (the nnn of ZS-yyyy-nnn). Bumped in the signing's own
/// transaction, so two signings at once wait for each other instead of drawing the same number, and a signing that
/// rolls back gives its number back.
/// </summary>
public sealed class AgreementNumberCounter
{
    public int Year { get; private set; }

    public int LastNumber { get; private set; }
}
