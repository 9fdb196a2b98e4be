using System.Diagnostics;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Qingmeng.Benchmarks.Identity;

public sealed record ValidationResult(int Tokens, double MicrosecondsPerToken, double ParallelValidationsPerSecond, int Threads, int Invalid);

/// <summary>
/// What a resource server pays per request: JsonWebTokenHandler.ValidateTokenAsync against the published JWKS
/// (signature, issuer, audience, lifetime, type), the same checks the platform's services make.
/// </summary>
public static class ValidationCost
{
    public static async Task<ValidationResult> MeasureAsync(string jwksJson, IReadOnlyList<string> tokens, string audience, int validations)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = IdentityServiceHost.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = new JsonWebKeySet(jwksJson).GetSigningKeys(),
            ValidTypes = ["at+jwt"],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
        };
        var handler = new JsonWebTokenHandler();

        await ValidateAsync(handler, parameters, tokens, Math.Min(2_000, validations));
        var clock = Stopwatch.StartNew();
        var invalid = await ValidateAsync(handler, parameters, tokens, validations);
        var perToken = clock.Elapsed.TotalMicroseconds / validations;

        var threads = Environment.ProcessorCount;
        clock.Restart();
        var parallelInvalid = await Task.WhenAll(Enumerable.Range(0, threads)
            .Select(_ => Task.Run(() => ValidateAsync(handler, parameters, tokens, validations / threads))));
        var parallelRate = validations / threads * threads / clock.Elapsed.TotalSeconds;
        return new ValidationResult(validations, perToken, parallelRate, threads, invalid + parallelInvalid.Sum());
    }

    private static async Task<int> ValidateAsync(JsonWebTokenHandler handler, TokenValidationParameters parameters, IReadOnlyList<string> tokens, int count)
    {
        var invalid = 0;
        for (var i = 0; i < count; i++)
        {
            var result = await handler.ValidateTokenAsync(tokens[i % tokens.Count], parameters);
            if (!result.IsValid)
            {
                invalid++;
            }
        }
        return invalid;
    }
}
