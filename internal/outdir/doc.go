// Package outdir puts obsgen's generated files into the output folder.
//
// Write replaces the generated part of the folder as a whole: it builds the
// complete new tree in a staging directory next to the folder and swaps the
// two with one rename (renameat2 with RENAME_EXCHANGE on Linux), so a run that
// fails or is killed at any point leaves the previous tree as it was. Runs on
// the same folder are serialised with a lock file next to it.
//
// obsgen owns only the files it wrote. The manifest file .obsgen-manifest in
// the folder lists them with their sha256; every other file or directory in
// the folder is foreign and is carried over into the new tree untouched (hard
// linked where possible, copied otherwise). Files that were in the previous
// manifest and are no longer generated disappear, together with directories
// they leave empty. obsgen never overwrites a foreign file: if one is in the
// way of a generated file, Write fails and names it. Write never crosses a
// filesystem boundary: with another filesystem (or a bind mount) mounted
// inside the folder it fails before changing anything.
//
// Compare reports how the folder differs from a set of files without
// writing anything. Foreign files are part of the difference: the folder is
// deployed as a whole (kubectl apply -f, Grafana provisioning), so a file
// obsgen did not write makes it unclean unless Report.Allow accepts it, and
// a symbolic link always does.
//
// Caveats of the whole-tree swap: a process whose working directory, or an
// open directory handle, is inside the folder keeps seeing the old tree, which
// is deleted after the swap; the folder's own directory entries are new, so
// ACLs and extended attributes of directories are not carried over (their
// permission bits are, and their owner and group where the process may set
// them: as root, or a group it is in).
// Foreign files created or replaced inside the folder while Write runs are
// moved into the new tree after the swap; foreign files deleted while Write
// runs may reappear.
package outdir
