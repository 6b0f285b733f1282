#!/bin/sh
#SBATCH --job-name=hadath-load
#SBATCH --array=0-15
#SBATCH --cpus-per-task=2
#SBATCH --mem=2G
#SBATCH --time=02:00:00
#SBATCH --output=hadath-load-%A-%a.log
#
# docs/slurm-load.sh: loads a corpus into one PostgreSQL store with a Slurm
# array job.  Task K of an array of N reads the corpus and keeps every Nth
# article (lines K+1, K+1+N, ...); each task is one 'hadath load' into the
# same store, and the store holds what one load of the whole corpus would
# hold, whatever order the tasks run in.  A task that fails or is killed
# is run again with 'sbatch --array=K' (or the whole array): it adds only
# what is missing.  Each task groups every event stored when it ends; the
# last to end leaves the groups of all of them.
#
#   sbatch --export=ALL,STORE=postgresql://loader@db.example.org/news,CORPUS=/data/ant21.jsonl.gz \
#          docs/slurm-load.sh
#   sbatch --array=0-63 --export=ALL,STORE=...,CORPUS=... docs/slurm-load.sh   # 64 tasks
#
# STORE is a postgresql:// URI that every node can reach; give the password
# in ~/.pgpass (mode 600) on the nodes, never in the URI.  CORPUS is a file
# every node can read (JSON Lines, gzip or not).  HADATH is the command
# (default: hadath, on PATH).  Run by hand, it is one task: set
# SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (and SLURM_ARRAY_TASK_MIN
# when the array does not start at 0).
set -eu
: "${STORE:?give STORE, the postgresql:// URI of the store}"
: "${CORPUS:?give CORPUS, the corpus file}"
HADATH=${HADATH:-hadath}
n=${SLURM_ARRAY_TASK_COUNT:?run as an array job: sbatch --array=0-15 ...}
k=$(( ${SLURM_ARRAY_TASK_ID:?run as an array job} - ${SLURM_ARRAY_TASK_MIN:-0} ))
jobs=${SLURM_CPUS_PER_TASK:-1}

zcat -f -- "$CORPUS" | awk -v n="$n" -v k="$k" '(NR - 1) % n == k' |
  "$HADATH" load -j "$jobs" --quiet --stats "$STORE" -
