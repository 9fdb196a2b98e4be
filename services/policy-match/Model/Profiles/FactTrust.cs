using System.Text.Json;
using System.Text.Json.Serialization;
using Qingmeng.Contracts;
using Qingmeng.ServiceDefaults.Authentication;
using Qingmeng.ServiceDefaults.Eligibility;

namespace Qingmeng.PolicyMatch.Model.Profiles;

/// <summary>Which facts a decision may rest on.</summary>
public enum FactTrust
{
    /// <summary>Events, officers and verified declarations only: what 免申即享 pays on.</summary>
    AuthoritativeOnly,
    /// <summary>Authoritative facts, and the firm's declarations where no authoritative value exists: matching, coaching, reviews.</summary>
    WithDeclarations,
}
