namespace Qingmeng.PolicyMatch.Model.Policies;

/// <summary>How a firm obtains the benefit.</summary>
public enum PolicyMode
{
    /// <summary>免申即享: no application; the platform computes the eligible firms, each confirms (or opts out) and is paid.</summary>
    NoApplication,
    /// <summary>快申快享: the firm applies with the listed materials; an officer decides within 60 working days.</summary>
    QuickApplication,
}
