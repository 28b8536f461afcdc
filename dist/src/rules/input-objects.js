const EMPTY = Object.freeze([]);
export class InputObjects {
    /** By kind and scope (a namespace, or a file for objects without one), then by name. */
    scoped = new Map();
    /** By kind and name, wherever they are. */
    everywhere = new Map();
    /** By kind and name, those without a namespace: they may land in any. */
    unplaced = new Map();
    /** The kinds of which the input defines any object. */
    kinds = new Set();
    /** Whether the input defines any object of these kinds: where it defines none, nothing can be judged missing. */
    definesAny(kinds) {
        return kinds.some((kind) => this.kinds.has(kind));
    }
    add(file, object) {
        this.kinds.add(object.kind);
        const scopes = object.namespace === undefined ? [fileScope(object.kind, file)] : [namespaceScope(object.kind, object.namespace), namespaceScope(object.kind, object.namespace, file)];
        for (const scope of scopes) {
            let names = this.scoped.get(scope);
            if (!names)
                this.scoped.set(scope, (names = new Map()));
            push(names, object.name, object);
        }
        push(this.everywhere, nameKey(object.kind, object.name), object);
        if (object.namespace === undefined)
            push(this.unplaced, nameKey(object.kind, object.name), object);
    }
    /**
     * Whether the input shows the objects of this kind where the pods run, so
     * that one it lacks can be judged missing: it defines some in the
     * DaemonSet's namespace, or, for a DaemonSet without one, some without a
     * namespace in the DaemonSet's file; `withinFile`: in the DaemonSet's file.
     */
    shows(kind, at) {
        return (this.scoped.get(scopeOf(kind, at))?.size ?? 0) > 0;
    }
    /**
     * The objects of this kind and name the pods may find: those of their
     * namespace and those without one (which may be applied to it); for a
     * DaemonSet without a namespace, any of that name.
     */
    find(kind, name, at) {
        if (at.namespace === undefined)
            return this.everywhere.get(nameKey(kind, name)) ?? EMPTY;
        // In any file: a name the input defines is present, whichever file `shows` judges by.
        const here = this.scoped.get(namespaceScope(kind, at.namespace))?.get(name) ?? EMPTY;
        const unplaced = this.unplaced.get(nameKey(kind, name)) ?? EMPTY;
        return unplaced.length === 0 ? here : [...here, ...unplaced];
    }
    /**
     * Whether an object of this kind that `shows` looks at has no data: a
     * placeholder that a controller fills (metallb's webhook certificate),
     * a sign that the controller also makes objects the input does not show.
     */
    hasPlaceholder(kind, at) {
        // A ServiceAccount has no data to leave empty.
        if (kind === "ServiceAccount")
            return false;
        for (const objects of this.scoped.get(scopeOf(kind, at))?.values() ?? [])
            if (objects.some((o) => !o.keys && !o.binaryKeys))
                return true;
        return false;
    }
    /** The names of the objects of this kind `shows` looks at, for suggestions. */
    names(kind, at) {
        return [...(this.scoped.get(scopeOf(kind, at))?.keys() ?? [])];
    }
}
function scopeOf(kind, at) {
    return at.namespace === undefined ? fileScope(kind, at.file) : namespaceScope(kind, at.namespace, at.withinFile ? at.file : undefined);
}
function namespaceScope(kind, namespace, file) {
    return file === undefined ? `${kind}\u0000ns\u0000${namespace}` : `${kind}\u0000ns\u0000${namespace}\u0000${file}`;
}
function fileScope(kind, file) {
    return `${kind}\u0000file\u0000${file}`;
}
function nameKey(kind, name) {
    return `${kind}\u0000${name}`;
}
function push(map, key, object) {
    const list = map.get(key);
    if (list)
        list.push(object);
    else
        map.set(key, [object]);
}
