using System.Diagnostics.CodeAnalysis;

namespace Qingmeng.ServiceDefaults.Outcomes;

/// <summary>What a use case returns: its value, or the <see cref="Failure"/> that stopped it.</summary>
public readonly struct Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Refused(Failure failure) => new(default, failure ?? throw new ArgumentNullException(nameof(failure)));

    public static implicit operator Outcome<T>(T value) => Success(value);

    public static implicit operator Outcome<T>(Failure failure) => Refused(failure);

    /// <summary>The value mapped, the failure passed on.</summary>
    public Outcome<TResult> Map<TResult>(Func<T, TResult> map) =>
        Succeeded ? Outcome<TResult>.Success(map(Value)) : Outcome<TResult>.Refused(Failure);
}
