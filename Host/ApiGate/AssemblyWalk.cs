// Licensed to the .NET Foundation under one or more agreements.
// The .NET Foundation licenses this file to you under the MIT license.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace nanoWincs.ApiGate
{
    /// <summary>
    /// One pass over one assembly: every definition (base types, interfaces, fields, signatures,
    /// attributes, locals, catch clauses, IL tokens) is visited with the name of the member that
    /// uses it, then a sweep over the reference tables catches anything not reached that way.
    /// </summary>
    internal sealed class AssemblyWalk
    {
        private const string Metadata = "<metadata>";

        private readonly ApiGateChecker _checker;
        private readonly ApiList _api;
        private readonly PEReader _pe;
        private readonly MetadataReader _reader;
        private readonly string _assembly;
        private readonly List<ApiViolation> _violations = new List<ApiViolation>();
        private readonly HashSet<string> _reported = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<EntityHandle> _seen = new HashSet<EntityHandle>();
        private readonly HashSet<MethodDefinitionHandle> _fieldLikeAccessors = new HashSet<MethodDefinitionHandle>();
        private readonly Dictionary<MemberReferenceHandle, MemberVerdict> _members = new Dictionary<MemberReferenceHandle, MemberVerdict>();

        public AssemblyWalk(ApiGateChecker checker, PEReader pe)
        {
            _checker = checker;
            _api = checker.Api;
            _pe = pe;
            _reader = pe.GetMetadataReader();
            _assembly = _reader.IsAssembly
                ? _reader.GetString(_reader.GetAssemblyDefinition().Name)
                : _reader.GetString(_reader.GetModuleDefinition().Name);
        }

        public IReadOnlyList<ApiViolation> Violations => _violations;

        public void Run()
        {
            if (_reader.IsAssembly)
            {
                CheckAttributes(_reader.GetAssemblyDefinition().GetCustomAttributes(), "<assembly>");
            }

            CheckAttributes(_reader.GetModuleDefinition().GetCustomAttributes(), "<module>");

            foreach (TypeDefinitionHandle type in _reader.TypeDefinitions)
            {
                foreach (EventDefinitionHandle e in _reader.GetTypeDefinition(type).GetEvents())
                {
                    EventAccessors accessors = _reader.GetEventDefinition(e).GetAccessors();
                    foreach (MethodDefinitionHandle accessor in new[] { accessors.Adder, accessors.Remover })
                    {
                        if (!accessor.IsNil && HasAttribute(_reader.GetMethodDefinition(accessor).GetCustomAttributes(), "System.Runtime.CompilerServices.CompilerGeneratedAttribute"))
                        {
                            _fieldLikeAccessors.Add(accessor);
                        }
                    }
                }
            }

            foreach (TypeDefinitionHandle type in _reader.TypeDefinitions)
            {
                CheckTypeDefinition(type);
            }

            Sweep();
        }

        private void CheckTypeDefinition(TypeDefinitionHandle handle)
        {
            TypeDefinition type = _reader.GetTypeDefinition(handle);
            string typeName = TypeNames.Of(_reader, handle);

            // attribute classes the compiler synthesizes into the assembly (NullableAttribute...)
            if (HasAttribute(type.GetCustomAttributes(), "Microsoft.CodeAnalysis.EmbeddedAttribute"))
            {
                return;
            }

            if (!type.BaseType.IsNil)
            {
                CheckTypeHandle(type.BaseType, typeName);
            }

            foreach (InterfaceImplementationHandle i in type.GetInterfaceImplementations())
            {
                InterfaceImplementation impl = _reader.GetInterfaceImplementation(i);
                CheckTypeHandle(impl.Interface, typeName);
                CheckAttributes(impl.GetCustomAttributes(), typeName);
            }

            CheckGenericParameters(type.GetGenericParameters(), typeName, "T:" + typeName, "generic type definition");
            CheckAttributes(type.GetCustomAttributes(), typeName);

            foreach (FieldDefinitionHandle f in type.GetFields())
            {
                FieldDefinition field = _reader.GetFieldDefinition(f);
                string where = typeName + "." + _reader.GetString(field.Name);
                Walk(field.DecodeSignature(DocIdTypeProvider.Instance, null), where);
                CheckAttributes(field.GetCustomAttributes(), where);
            }

            foreach (MethodDefinitionHandle m in type.GetMethods())
            {
                CheckMethodDefinition(m);
            }

            foreach (PropertyDefinitionHandle p in type.GetProperties())
            {
                PropertyDefinition property = _reader.GetPropertyDefinition(p);
                string where = typeName + "." + _reader.GetString(property.Name);
                MethodSignature<SigType> signature = property.DecodeSignature(DocIdTypeProvider.Instance, null);
                Walk(signature.ReturnType, where);
                foreach (SigType parameter in signature.ParameterTypes)
                {
                    Walk(parameter, where);
                }

                CheckAttributes(property.GetCustomAttributes(), where);
            }

            foreach (EventDefinitionHandle e in type.GetEvents())
            {
                EventDefinition ev = _reader.GetEventDefinition(e);
                string where = typeName + "." + _reader.GetString(ev.Name);
                CheckTypeHandle(ev.Type, where);
                CheckAttributes(ev.GetCustomAttributes(), where);
            }

            foreach (MethodImplementationHandle mi in type.GetMethodImplementations())
            {
                MethodImplementation impl = _reader.GetMethodImplementation(mi);
                string where = impl.MethodBody.Kind == HandleKind.MethodDefinition ? MethodWhere((MethodDefinitionHandle)impl.MethodBody) : typeName;
                CheckReference(impl.MethodDeclaration, where, false);
            }
        }

        private void CheckMethodDefinition(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            string where = MethodWhere(handle);
            MethodSignature<SigType> signature = method.DecodeSignature(DocIdTypeProvider.Instance, null);
            Walk(signature.ReturnType, where);
            foreach (SigType parameter in signature.ParameterTypes)
            {
                Walk(parameter, where);
            }

            CheckGenericParameters(method.GetGenericParameters(), where, MethodDocId(TypeNames.Of(_reader, method.GetDeclaringType()), _reader.GetString(method.Name), signature), "generic method definition");
            CheckAttributes(method.GetCustomAttributes(), where);
            foreach (ParameterHandle p in method.GetParameters())
            {
                CheckAttributes(_reader.GetParameter(p).GetCustomAttributes(), where);
            }

            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            {
                Report(where, MethodDocId(TypeNames.Of(_reader, method.GetDeclaringType()), _reader.GetString(method.Name), signature), "P/Invoke (DllImport) does not exist on nanoFramework");
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            MethodBodyBlock body = _pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                foreach (SigType local in _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(DocIdTypeProvider.Instance, null))
                {
                    Walk(local, where);
                }
            }

            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil)
                {
                    CheckTypeHandle(region.CatchType, where);
                }
            }

            bool fieldLike = _fieldLikeAccessors.Contains(handle);
            foreach (IlReader.TokenUse use in IlReader.Tokens(body))
            {
                EntityHandle target = IlReader.Handle(use.Token);
                if (target.Kind == HandleKind.StandaloneSignature)
                {
                    MethodSignature<SigType> callee = _reader.GetStandaloneSignature((StandaloneSignatureHandle)target).DecodeMethodSignature(DocIdTypeProvider.Instance, null);
                    Report(where, "calli " + new FunctionPointerType(callee).DocId, "indirect call through a function pointer");
                    continue;
                }

                CheckReference(target, where, fieldLike);
            }
        }

        private void CheckGenericParameters(GenericParameterHandleCollection parameters, string where, string symbol, string what)
        {
            if (parameters.Count == 0)
            {
                return;
            }

            Report(where, symbol, what + " (" + ApiGateChecker.GenericReason + ")");
            foreach (GenericParameterHandle p in parameters)
            {
                foreach (GenericParameterConstraintHandle c in _reader.GetGenericParameter(p).GetConstraints())
                {
                    CheckTypeHandle(_reader.GetGenericParameterConstraint(c).Type, where);
                }
            }
        }

        // any token: type, field, method, member reference or generic method instantiation
        private void CheckReference(EntityHandle handle, string where, bool fieldLikeAccessor)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    CheckTypeHandle(handle, where);
                    break;
                case HandleKind.MemberReference:
                    CheckMemberReference((MemberReferenceHandle)handle, where, fieldLikeAccessor);
                    break;
                case HandleKind.MethodSpecification:
                    CheckMethodSpecification((MethodSpecificationHandle)handle, where, fieldLikeAccessor);
                    break;
            }
        }

        private void CheckTypeHandle(EntityHandle handle, string where)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeReference:
                    CheckTypeReference((TypeReferenceHandle)handle, where);
                    break;
                case HandleKind.TypeSpecification:
                    _seen.Add(handle);
                    Walk(_reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(DocIdTypeProvider.Instance, null), where);
                    break;
            }
        }

        private void Walk(SigType type, string where)
        {
            switch (type)
            {
                case NamedType named:
                    if (named.Handle.Kind == HandleKind.TypeReference)
                    {
                        CheckTypeReference((TypeReferenceHandle)named.Handle, where);
                    }
                    else if (named.Handle.IsNil)
                    {
                        // a primitive: it lives in mscorlib
                        CheckExternalType(named.FullName, null, where);
                    }

                    return;

                case GenericInstanceType generic:
                    Report(where, "T:" + generic.DocId, "generic instantiation (" + ApiGateChecker.GenericReason + ")");
                    break;

                case MultiArrayType array:
                    Report(where, "T:" + array.DocId, "multi-dimensional array (nanoFramework has single-dimension arrays only: use jagged arrays)");
                    break;

                case PointerType pointer:
                    Report(where, "T:" + pointer.DocId, "unsafe pointer (not supported by nanoFramework)");
                    break;

                case FunctionPointerType function:
                    Report(where, function.DocId, "function pointer (not supported by nanoFramework)");
                    break;

                case ModifiedType modified:
                    if (modified.Modifier is NamedType modifier && modifier.FullName == "System.Runtime.CompilerServices.IsVolatile" && _api.FindType(modifier.FullName) == null)
                    {
                        MarkSeen(modifier);
                        Report(where, "T:" + modifier.FullName, "volatile field: nanoFramework's mscorlib has no IsVolatile (use lock or Interlocked)");
                    }
                    else
                    {
                        Walk(modified.Modifier, where);
                    }

                    break;
            }

            foreach (SigType child in type.Children)
            {
                Walk(child, where);
            }
        }

        private void CheckTypeReference(TypeReferenceHandle handle, string where)
        {
            MarkSeen(handle);
            string scope = TypeNames.ScopeAssembly(_reader, handle);
            if (scope == null || _checker.IsOwnAssembly(scope) || scope == _assembly)
            {
                return;
            }

            CheckExternalType(TypeNames.Of(_reader, handle), scope, where);
        }

        private void CheckExternalType(string name, string scopeAssembly, string where)
        {
            if (ApiGateChecker.CompilerAddedAttributes.Contains(name, StringComparer.Ordinal))
            {
                return;
            }

            if (name == ApiGateChecker.InterpolationHandler)
            {
                Report(where, "T:" + name, ApiGateChecker.InterpolationReason);
                return;
            }

            if (_api.FindType(name) == null)
            {
                Report(where, "T:" + name, MissingTypeReason(name, scopeAssembly));
            }
        }

        private void CheckMemberReference(MemberReferenceHandle handle, string where, bool fieldLikeAccessor)
        {
            _seen.Add(handle);
            if (fieldLikeAccessor && IsGenericCompareExchange(handle))
            {
                MarkSignatureSeen(handle);
                return;
            }

            // a member of a generic instantiation (List<int>.Add): the instantiation is reported at every use
            EntityHandle parent = _reader.GetMemberReference(handle).Parent;
            if (parent.Kind == HandleKind.TypeSpecification)
            {
                _seen.Add(parent);
                SigType spec = _reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(DocIdTypeProvider.Instance, null);
                if (spec is GenericInstanceType generic)
                {
                    Report(where, "T:" + generic.DocId, "generic instantiation (" + ApiGateChecker.GenericReason + ")");
                    foreach (SigType argument in generic.Arguments)
                    {
                        Walk(argument, where);
                    }
                }
                else
                {
                    // members of array types (multi-dimensional Get/Set/Address): the type is the problem
                    Walk(spec, where);
                }
            }

            if (!_members.TryGetValue(handle, out MemberVerdict verdict))
            {
                verdict = JudgeMember(handle);
                _members.Add(handle, verdict);
            }

            if (verdict.Reason != null)
            {
                Report(where, verdict.Symbol, verdict.Reason);
            }
        }

        // whether the member exists in nanoFramework does not depend on where it is used: cached
        private MemberVerdict JudgeMember(MemberReferenceHandle handle)
        {
            MemberReference member = _reader.GetMemberReference(handle);
            MarkSignatureSeen(handle);
            string name = _reader.GetString(member.Name);
            EntityHandle parent = member.Parent;
            string typeName;
            string scope;
            TypeReferenceHandle parentRef = default;
            switch (parent.Kind)
            {
                case HandleKind.TypeReference:
                    parentRef = (TypeReferenceHandle)parent;
                    MarkSeen(parentRef);
                    scope = TypeNames.ScopeAssembly(_reader, parentRef);
                    if (scope == null || _checker.IsOwnAssembly(scope) || scope == _assembly)
                    {
                        return MemberVerdict.Fine;
                    }

                    typeName = TypeNames.Of(_reader, parentRef);
                    break;

                case HandleKind.TypeSpecification:
                    SigType spec = _reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(DocIdTypeProvider.Instance, null);
                    if (!(spec is GenericInstanceType generic) || !(generic.Definition is NamedType definition)
                        || definition.Handle.Kind != HandleKind.TypeReference)
                    {
                        return MemberVerdict.Fine;
                    }

                    parentRef = (TypeReferenceHandle)definition.Handle;
                    MarkSeen(parentRef);
                    scope = TypeNames.ScopeAssembly(_reader, parentRef);
                    if (scope == null || _checker.IsOwnAssembly(scope) || scope == _assembly)
                    {
                        return MemberVerdict.Fine;
                    }

                    typeName = definition.FullName;
                    break;

                case HandleKind.ModuleReference:
                    return new MemberVerdict(name, "global function of another module");

                default:
                    // TypeDefinition / MethodDefinition (varargs): our own code
                    return MemberVerdict.Fine;
            }

            // every member of the handler is the same problem: one line per using method
            if (typeName == ApiGateChecker.InterpolationHandler)
            {
                return new MemberVerdict("T:" + typeName, ApiGateChecker.InterpolationReason);
            }

            if (member.GetKind() == MemberReferenceKind.Field)
            {
                string field = "F:" + typeName + "." + name;
                if (ResolveMember("F:", typeName, name, false, parentRef, scope) || ResolveMember("F:", typeName, name + " static", false, parentRef, scope))
                {
                    return MemberVerdict.Fine;
                }

                return new MemberVerdict(field, MissingMemberReason("F:", typeName, name, scope));
            }

            MethodSignature<SigType> signature = member.DecodeMethodSignature(DocIdTypeProvider.Instance, null);
            string symbol = MethodDocId(typeName, name, signature);
            string tail = symbol.Substring(("M:" + typeName + ".").Length);
            bool constructor = name == ".ctor" || name == ".cctor";
            if (ResolveMember("M:", typeName, tail, constructor, parentRef, scope))
            {
                return MemberVerdict.Fine;
            }

            // lock (x) compiles to Monitor.Enter(object, ref bool) on .NET, to the listed Monitor.Enter(object) on nanoFramework
            if (typeName == "System.Threading.Monitor" && tail == "Enter(System.Object,System.Boolean@) static" && _api.Contains("M:System.Threading.Monitor.Enter(System.Object) static"))
            {
                return MemberVerdict.Fine;
            }

            return new MemberVerdict(symbol, MissingMemberReason("M:", typeName, DocMemberName(name, signature), scope));
        }

        private void CheckMethodSpecification(MethodSpecificationHandle handle, string where, bool fieldLikeAccessor)
        {
            _seen.Add(handle);
            MethodSpecification spec = _reader.GetMethodSpecification(handle);
            ImmutableArray<SigType> arguments = spec.DecodeSignature(DocIdTypeProvider.Instance, null);

            // field-like event: .NET loops over Interlocked.CompareExchange<TDelegate>, nanoFramework's
            // compiler emits the listed Delegate.Combine/Remove without it
            if (fieldLikeAccessor && spec.Method.Kind == HandleKind.MemberReference && IsGenericCompareExchange((MemberReferenceHandle)spec.Method)
                && arguments.Length == 1 && arguments[0] is NamedType)
            {
                _seen.Add(spec.Method);
                MarkSignatureSeen((MemberReferenceHandle)spec.Method);
                Walk(arguments[0], where);
                return;
            }

            if (spec.Method.Kind == HandleKind.MemberReference
                && ParentName(_reader.GetMemberReference((MemberReferenceHandle)spec.Method).Parent) == ApiGateChecker.InterpolationHandler)
            {
                // AppendFormatted<T>: reported as string interpolation, like the rest of the handler
                CheckMemberReference((MemberReferenceHandle)spec.Method, where, false);
                return;
            }

            string symbol;
            if (spec.Method.Kind == HandleKind.MethodDefinition)
            {
                MethodDefinition method = _reader.GetMethodDefinition((MethodDefinitionHandle)spec.Method);
                symbol = MethodDocId(TypeNames.Of(_reader, method.GetDeclaringType()), _reader.GetString(method.Name), method.DecodeSignature(DocIdTypeProvider.Instance, null));
            }
            else
            {
                MemberReference member = _reader.GetMemberReference((MemberReferenceHandle)spec.Method);
                symbol = MethodDocId(ParentName(member.Parent), _reader.GetString(member.Name), member.DecodeMethodSignature(DocIdTypeProvider.Instance, null));
            }

            Report(where, symbol, "generic method instantiation <" + string.Join(",", arguments.Select(a => a.DocId)) + "> (" + ApiGateChecker.GenericReason + ")");
            foreach (SigType argument in arguments)
            {
                Walk(argument, where);
            }

            if (spec.Method.Kind == HandleKind.MemberReference)
            {
                CheckMemberReference((MemberReferenceHandle)spec.Method, where, fieldLikeAccessor);
            }
        }

        private bool IsGenericCompareExchange(MemberReferenceHandle handle)
        {
            MemberReference member = _reader.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference || _reader.GetString(member.Name) != "CompareExchange"
                || TypeNames.Of(_reader, member.Parent) != "System.Threading.Interlocked" || member.GetKind() != MemberReferenceKind.Method)
            {
                return false;
            }

            return member.DecodeMethodSignature(DocIdTypeProvider.Instance, null).GenericParameterCount == 1;
        }

        private void CheckAttributes(CustomAttributeHandleCollection attributes, string where)
        {
            foreach (CustomAttributeHandle a in attributes)
            {
                EntityHandle constructor = _reader.GetCustomAttribute(a).Constructor;
                if (constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var member = (MemberReferenceHandle)constructor;
                EntityHandle parent = _reader.GetMemberReference(member).Parent;
                if (parent.Kind == HandleKind.TypeReference && ApiGateChecker.CompilerAddedAttributes.Contains(TypeNames.Of(_reader, parent), StringComparer.Ordinal))
                {
                    _seen.Add(member);
                    MarkSeen((TypeReferenceHandle)parent);
                    MarkSignatureSeen(member);
                    continue;
                }

                CheckMemberReference(member, where, false);
            }
        }

        // whatever the walk did not reach (references only the compiler's own synthesized code uses)
        private void Sweep()
        {
            foreach (TypeReferenceHandle t in _reader.TypeReferences)
            {
                if (!_seen.Contains(t))
                {
                    CheckTypeReference(t, Metadata);
                }
            }

            foreach (MemberReferenceHandle m in _reader.MemberReferences)
            {
                if (!_seen.Contains(m))
                {
                    CheckMemberReference(m, Metadata, false);
                }
            }

            for (int row = 1; row <= _reader.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                TypeSpecificationHandle t = MetadataTokens.TypeSpecificationHandle(row);
                if (!_seen.Contains(t))
                {
                    CheckTypeHandle(t, Metadata);
                }
            }

            for (int row = 1; row <= _reader.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                MethodSpecificationHandle m = MetadataTokens.MethodSpecificationHandle(row);
                if (!_seen.Contains(m))
                {
                    CheckMethodSpecification(m, Metadata, false);
                }
            }
        }

        private bool ResolveMember(string prefix, string typeName, string tail, bool constructor, TypeReferenceHandle parentRef, string scope)
        {
            if (IsListed(prefix, typeName, tail))
            {
                return true;
            }

            if (constructor)
            {
                return false;
            }

            // declared on a base type (or inherited interface) in nanoFramework
            if (FindThroughBases(prefix, typeName, tail))
            {
                return true;
            }

            // declared on a host-only intermediate base (EventWaitHandle.Set for AutoResetEvent.Set):
            // accepted when a listed type that derives from it on the host has the member
            if (!parentRef.IsNil)
            {
                foreach (string derived in _checker.HostTypes.ListedTypesDerivedFrom(scope, TypeNames.ReflectionName(_reader, parentRef)))
                {
                    if (derived != typeName && FindThroughBases(prefix, derived, tail))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // The lists mark static accessors on their P:/E: line only ("P:System.SpanByte.Empty static"
        // beside "M:System.SpanByte.get_Empty"): a static accessor matches the unmarked M: line when
        // its property or event is marked static.
        private bool IsListed(string prefix, string typeName, string tail)
        {
            if (_api.Contains(prefix + typeName + "." + tail))
            {
                return true;
            }

            const string Static = " static";
            if (prefix != "M:" || !tail.EndsWith(Static, StringComparison.Ordinal))
            {
                return false;
            }

            string instanceTail = tail.Substring(0, tail.Length - Static.Length);
            int open = instanceTail.IndexOfAny(new[] { '(', '~' });
            string name = open < 0 ? instanceTail : instanceTail.Substring(0, open);
            string owner;
            if (name.StartsWith("get_", StringComparison.Ordinal) || name.StartsWith("set_", StringComparison.Ordinal))
            {
                owner = "P:" + typeName + "." + name.Substring(4);
            }
            else if (name.StartsWith("add_", StringComparison.Ordinal))
            {
                owner = "E:" + typeName + "." + name.Substring(4);
            }
            else if (name.StartsWith("remove_", StringComparison.Ordinal))
            {
                owner = "E:" + typeName + "." + name.Substring(7);
            }
            else
            {
                return false;
            }

            return _api.Contains("M:" + typeName + "." + instanceTail) && _api.Contains(owner + Static);
        }

        private bool FindThroughBases(string prefix, string typeName, string tail)
        {
            var queue = new Queue<string>();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            queue.Enqueue(typeName);
            while (queue.Count > 0)
            {
                string current = queue.Dequeue();
                if (!visited.Add(current))
                {
                    continue;
                }

                if (IsListed(prefix, current, tail))
                {
                    return true;
                }

                ApiType type = _api.FindType(current);
                if (type == null)
                {
                    continue;
                }

                if (type.BaseName != null)
                {
                    queue.Enqueue(type.BaseName);
                }

                foreach (string i in type.Interfaces)
                {
                    queue.Enqueue(i);
                }
            }

            return false;
        }

        private string MissingTypeReason(string name, string scopeAssembly)
        {
            string reason = "not in the nanoFramework API";
            if (scopeAssembly != null && ApiGateChecker.ShimAssemblies.Contains(scopeAssembly, StringComparer.Ordinal))
            {
                reason += "; a host-only helper of the shim assembly " + scopeAssembly;
            }

            return reason;
        }

        private string MissingMemberReason(string prefix, string typeName, string memberName, string scope)
        {
            if (typeName == ApiGateChecker.InterpolationHandler)
            {
                return ApiGateChecker.InterpolationReason;
            }

            if (_api.FindType(typeName) == null)
            {
                return "not in the nanoFramework API: type " + typeName + " is not listed" + (ApiGateChecker.ShimAssemblies.Contains(scope, StringComparer.Ordinal) ? " (a host-only helper of the shim assembly " + scope + ")" : string.Empty);
            }

            string reason = "not in the nanoFramework API";
            IReadOnlyList<string> overloads = _api.Overloads(prefix, typeName, memberName);
            reason += overloads.Count > 0 ? "; listed: " + string.Join(" | ", overloads) : ": " + typeName + " has no member " + memberName;
            if (typeName == "System.String" && memberName == "Format")
            {
                reason += "; C# 9 compiles string interpolation to String.Format: build the text with String.Concat";
            }

            return reason;
        }

        private void Report(string where, string symbol, string reason)
        {
            if (_reported.Add(where + "\n" + symbol))
            {
                _violations.Add(new ApiViolation(_assembly, where, symbol, reason));
            }
        }

        private void MarkSeen(TypeReferenceHandle handle)
        {
            EntityHandle current = handle;
            while (current.Kind == HandleKind.TypeReference && _seen.Add(current))
            {
                current = _reader.GetTypeReference((TypeReferenceHandle)current).ResolutionScope;
            }
        }

        private void MarkSeen(SigType type)
        {
            if (type is NamedType named && named.Handle.Kind == HandleKind.TypeReference)
            {
                MarkSeen((TypeReferenceHandle)named.Handle);
            }

            if (type is ModifiedType modified)
            {
                MarkSeen(modified.Modifier);
            }

            foreach (SigType child in type.Children)
            {
                MarkSeen(child);
            }
        }

        // the types in an external member's signature are vouched for by the member's own listing
        private void MarkSignatureSeen(MemberReferenceHandle handle)
        {
            MemberReference member = _reader.GetMemberReference(handle);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                MarkSeen(member.DecodeFieldSignature(DocIdTypeProvider.Instance, null));
                return;
            }

            MethodSignature<SigType> signature = member.DecodeMethodSignature(DocIdTypeProvider.Instance, null);
            MarkSeen(signature.ReturnType);
            foreach (SigType parameter in signature.ParameterTypes)
            {
                MarkSeen(parameter);
            }
        }

        private bool HasAttribute(CustomAttributeHandleCollection attributes, string fullName)
        {
            foreach (CustomAttributeHandle a in attributes)
            {
                EntityHandle constructor = _reader.GetCustomAttribute(a).Constructor;
                EntityHandle type = constructor.Kind == HandleKind.MemberReference
                    ? _reader.GetMemberReference((MemberReferenceHandle)constructor).Parent
                    : _reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                if ((type.Kind == HandleKind.TypeReference || type.Kind == HandleKind.TypeDefinition) && TypeNames.Of(_reader, type) == fullName)
                {
                    return true;
                }
            }

            return false;
        }

        private string ParentName(EntityHandle parent)
        {
            switch (parent.Kind)
            {
                case HandleKind.TypeReference:
                case HandleKind.TypeDefinition:
                    return TypeNames.Of(_reader, parent);
                case HandleKind.TypeSpecification:
                    SigType spec = _reader.GetTypeSpecification((TypeSpecificationHandle)parent).DecodeSignature(DocIdTypeProvider.Instance, null);
                    return spec is GenericInstanceType g ? g.Definition.DocId : spec.DocId;
                default:
                    return "<module>";
            }
        }

        /// <summary><c>Namespace.Type.Method</c>; lambdas, local functions and state machines named after the method they come from.</summary>
        private string MethodWhere(MethodDefinitionHandle handle)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            string typeName = TypeNames.Of(_reader, method.GetDeclaringType());
            string name = _reader.GetString(method.Name);
            string[] segments = typeName.Split('.');
            int generated = Array.FindIndex(segments, s => s.StartsWith("<", StringComparison.Ordinal));
            string source = SourceName(name);
            name = name == ".ctor" ? "#ctor" : name == ".cctor" ? "#cctor" : name;
            if (generated < 0 && source == null)
            {
                return typeName + "." + name;
            }

            string declaring = string.Join(".", segments.Take(generated < 0 ? segments.Length : generated));
            string origin = source ?? (generated >= 0 ? SourceName(segments[generated]) : null) ?? name;
            string raw = generated < 0 ? name : string.Join(".", segments.Skip(generated)) + "." + name;
            return declaring + "." + origin + " (compiler-generated " + raw + ")";
        }

        // "<Send>b__3_0" -> "Send"
        private static string SourceName(string name)
        {
            if (!name.StartsWith("<", StringComparison.Ordinal))
            {
                return null;
            }

            int close = name.IndexOf('>');
            return close > 1 ? name.Substring(1, close - 1) : null;
        }

        internal static string MethodDocId(string typeName, string name, MethodSignature<SigType> signature)
        {
            string symbol = "M:" + typeName + "." + DocMemberName(name, signature);
            if (signature.ParameterTypes.Length > 0)
            {
                symbol += "(" + string.Join(",", signature.ParameterTypes.Take(signature.RequiredParameterCount).Select(p => p.DocId)) + ")";
            }

            if (name == "op_Implicit" || name == "op_Explicit")
            {
                symbol += "~" + signature.ReturnType.DocId;
            }

            if (!signature.Header.IsInstance)
            {
                symbol += " static";
            }

            return symbol;
        }

        private static string DocMemberName(string name, MethodSignature<SigType> signature)
        {
            string docName = name == ".ctor" ? "#ctor" : name == ".cctor" ? "#cctor" : name;
            return signature.GenericParameterCount > 0 ? docName + "``" + signature.GenericParameterCount : docName;
        }

        private readonly struct MemberVerdict
        {
            public static readonly MemberVerdict Fine = default;

            public MemberVerdict(string symbol, string reason)
            {
                Symbol = symbol;
                Reason = reason;
            }

            public string Symbol { get; }

            public string Reason { get; }
        }
    }
}
